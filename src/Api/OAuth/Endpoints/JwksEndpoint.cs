using System.Text.Json;
using KtPortal.Api.OAuth.Keys;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>GET /.well-known/jwks.json</c>: the public halves of every published key (RFC 7517 §5), current, upcoming and
/// retired-but-unexpired. Verifiers may cache it for an hour, far less than a new key's publication lead.
/// https://www.rfc-editor.org/rfc/rfc7517#section-5
/// </summary>
internal static class JwksEndpoint
{
    public const string Path = "/.well-known/jwks.json";

    public static async Task<IResult> HandleAsync(HttpContext context, SigningKeyRing ring, CancellationToken cancellationToken)
    {
        var keys = await ring.GetPublishedAsync(cancellationToken);
        if (keys.Count == 0)
        {
            // The first start: make the keys now rather than publish an empty set that verifiers would cache.
            await ring.GetSigningKeyAsync(Domain.Identity.SigningAlgorithm.Rs256, cancellationToken);
            keys = await ring.GetPublishedAsync(cancellationToken);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var (_, key) in keys)
            {
                key.WritePublicJwk(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Bytes(buffer.ToArray(), "application/json");
    }
}
