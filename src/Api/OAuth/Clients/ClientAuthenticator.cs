using System.Text;
using KtPortal.Api.Audit;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Clients;

/// <summary>
/// Authenticates the client of a token, introspection or revocation request: HTTP Basic
/// (<c>client_secret_basic</c>) or the body's <c>client_id</c> and <c>client_secret</c> (<c>client_secret_post</c>),
/// never both; a public client identifies itself by <c>client_id</c> alone. Every failure is audited here, once for
/// every endpoint that authenticates clients.
/// https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
/// </summary>
internal sealed class ClientAuthenticator(PortalDbContext db, AuditLog audit)
{
    public async Task<ClientAuthenticationResult> AuthenticateAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken)
    {
        var result = await AuthenticateCoreAsync(request, form, cancellationToken);
        if (!result.Succeeded)
        {
            await audit.RecordAsync(
                AuditEventKinds.ClientAuthenticationFailed, request.HttpContext, cancellationToken,
                detail: new Dictionary<string, string> { ["endpoint"] = request.Path.Value ?? string.Empty });
        }

        return result;
    }

    private async Task<ClientAuthenticationResult> AuthenticateCoreAsync(HttpRequest request, IFormCollection form, CancellationToken cancellationToken)
    {
        string? header = request.Headers.Authorization;
        var usedBasic = header is not null;
        string? clientId;
        string? secret;
        if (header is not null)
        {
            if (!TryParseBasic(header, out clientId, out secret))
            {
                return ClientAuthenticationResult.Failure(OAuthErrors.InvalidClient, usedBasic: true);
            }

            // RFC 6749 §2.3: the client MUST NOT use more than one authentication method in each request.
            if (form.ContainsKey("client_secret")
                || (form.TryGetValue("client_id", out var bodyId) && !string.Equals(bodyId, clientId, StringComparison.Ordinal)))
            {
                return ClientAuthenticationResult.Failure(OAuthErrors.InvalidRequest, usedBasic: true);
            }
        }
        else
        {
            clientId = form["client_id"];
            secret = form["client_secret"];
        }

        if (string.IsNullOrEmpty(clientId))
        {
            return ClientAuthenticationResult.Failure(OAuthErrors.InvalidClient, usedBasic);
        }

        var client = await db.OAuthClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (secret is null)
        {
            // A public client authenticates with nothing ("none"); a confidential one must present its secret.
            return client is { IsConfidential: false } && !usedBasic
                ? ClientAuthenticationResult.Success(client, usedBasic)
                : ClientAuthenticationResult.Failure(OAuthErrors.InvalidClient, usedBasic);
        }

        // Hashes even when the client is unknown or public, so the answer takes as long either way.
        return ClientSecretHasher.Verify(secret, client?.SecretHash) && client is not null
            ? ClientAuthenticationResult.Success(client, usedBasic)
            : ClientAuthenticationResult.Failure(OAuthErrors.InvalidClient, usedBasic);
    }

    // RFC 6749 §2.3.1: client_id and secret are form-urlencoded before they are joined with ':' and base64-encoded.
    private static bool TryParseBasic(string header, out string? clientId, out string? secret)
    {
        clientId = secret = null;
        const string Prefix = "Basic ";
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Prefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        clientId = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
        secret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
        return true;
    }
}
