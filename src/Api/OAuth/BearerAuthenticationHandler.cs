using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using KtPortal.Api.OAuth.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;jwt&gt;</c> (RFC 6750 §2.1) with our own access tokens: signature,
/// type, issuer, audience and lifetime, then the revocation record. The principal carries <c>sub</c>,
/// <c>client_id</c>, one <c>scope</c> claim per scope, <c>org_id</c> and one <c>roles</c> claim per role.
/// A missing token leaves the request anonymous; nothing is enforced here.
/// https://www.rfc-editor.org/rfc/rfc6750#section-2.1
/// </summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenVerifier verifier,
    OAuthIssuer issuerName) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        var result = await verifier.ValidateAsync(token, issuerName.Resolve(Request), Context.RequestAborted);
        if (!result.IsValid)
        {
            Logger.LogDebug("Bearer token refused: {Failure}.", result.Failure);
            return AuthenticateResult.Fail("invalid_token");
        }

        var claims = result.Claims.Value;
        if (await verifier.FindActiveRecordAsync(claims.GetProperty("jti").GetString()!, Context.RequestAborted) is null)
        {
            Logger.LogDebug("Bearer token refused: revoked or unknown.");
            return AuthenticateResult.Fail("invalid_token");
        }

        var identity = new ClaimsIdentity(SchemeName, AccessTokenClaims.Subject, AccessTokenClaims.Roles);
        foreach (var name in (string[])["sub", "client_id", "jti", "iss", AccessTokenClaims.OrganizationId])
        {
            if (claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                identity.AddClaim(new Claim(name, value.GetString()!));
            }
        }

        if (claims.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.String)
        {
            foreach (var item in scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                identity.AddClaim(new Claim(AccessTokenClaims.Scope, item));
            }
        }

        if (claims.TryGetProperty(AccessTokenClaims.Roles, out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            foreach (var role in roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String))
            {
                identity.AddClaim(new Claim(AccessTokenClaims.Roles, role.GetString()!));
            }
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
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
