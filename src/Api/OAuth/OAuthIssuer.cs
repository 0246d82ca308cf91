using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth;

/// <summary>
/// The issuer identifier: <see cref="OAuthServerOptions.Issuer"/> when set, otherwise the scheme, host and path
/// base the request arrived on (which is what <c>./portal run</c> and the tests need).
/// </summary>
internal sealed class OAuthIssuer(IOptions<OAuthServerOptions> options)
{
    public string Resolve(HttpRequest request)
    {
        if (options.Value.Issuer is { } configured)
        {
            // RFC 8414 §2: no trailing slash is significant, so keep the configured form without one.
            return configured.ToString().TrimEnd('/');
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
