using System.Text.Encodings.Web;
using KtPortal.Api.OAuth.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;jwt&gt;</c> (RFC 6750 §2.1) with our own access tokens, through
/// <see cref="AccessTokenPrincipals"/> (signature, type, issuer, audience, lifetime, revocation).
/// A missing token leaves the request anonymous; nothing is enforced here.
/// https://www.rfc-editor.org/rfc/rfc6750#section-2.1
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenPrincipals principals,
    OAuthIssuer issuerName) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (AccessTokenPrincipals.BearerToken(Request.Headers.Authorization) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await principals.AuthenticateAsync(token, issuerName.Resolve(Request), Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("invalid_token")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // RFC 6750 §3: a refused token is answered with error="invalid_token", and nothing more about why.
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure is null
            ? "Bearer realm=\"ktportal\""
            : "Bearer realm=\"ktportal\", error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
