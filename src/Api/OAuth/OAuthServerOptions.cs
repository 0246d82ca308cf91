using KtPortal.Domain.Identity;

namespace KtPortal.Api.OAuth;

/// <summary>Settings of the authorization server, under <c>OAuth</c> (environment: <c>OAuth__Issuer</c>).</summary>
public sealed class OAuthServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "OAuth";

    /// <summary>
    /// The issuer identifier (RFC 8414 §2): an https URL without query or fragment. When unset, the server's own
    /// address as the request reaches it is used, which suits <c>./portal run</c>; set it in production.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The <c>aud</c> of access tokens: this API.</summary>
    public string Audience { get; set; } = "ktportal-api";

    /// <summary>How long an access token lives unless its client says otherwise. One hour by default.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The algorithm that signs tokens for clients that do not choose one. RS256 by default (RFC 9068 §2.1).</summary>
    public SigningAlgorithm DefaultSigningAlgorithm { get; set; } = SigningAlgorithm.Rs256;

    /// <summary>How long a signing key signs before its successor takes over.</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a new key is published before it signs, so that every verifier has fetched it by then.</summary>
    public TimeSpan SigningKeyPublicationLead { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the background job checks whether to rotate or prune keys and token records.</summary>
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The clock difference tolerated when validating a token's times.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a refresh token lives from its issue (each rotation issues a new one). 14 days by default.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long after a refresh token was used a second use still counts as a concurrent retry, answered with a
    /// token of the same family instead of revoking it (RFC 9700 §4.14.2). 30 seconds by default.
    /// </summary>
    public TimeSpan RefreshTokenReuseGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest any access token can live (a client's own lifetime is capped at a day too).</summary>
    public static TimeSpan MaximumAccessTokenLifetime { get; } = TimeSpan.FromDays(1);

    /// <summary>The first setting that is out of range, or null when all are usable.</summary>
    public string? FindProblem()
    {
        if (Issuer is { } issuer && (!issuer.IsAbsoluteUri || !string.IsNullOrEmpty(issuer.Query) || !string.IsNullOrEmpty(issuer.Fragment)))
        {
            // RFC 8414 §2: the issuer is a URL with no query or fragment.
            return "OAuth:Issuer must be an absolute URL without query or fragment.";
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            return "OAuth:Audience must not be empty.";
        }

        if (AccessTokenLifetime < TimeSpan.FromSeconds(1) || AccessTokenLifetime > MaximumAccessTokenLifetime)
        {
            // Retired keys stay published for the longest lifetime a token can have; a longer one would outlive its key.
            return "OAuth:AccessTokenLifetime must be between one second and one day.";
        }

        if (SigningKeyPublicationLead <= TimeSpan.Zero || SigningKeyLifetime <= SigningKeyPublicationLead)
        {
            return "OAuth:SigningKeyLifetime must be longer than OAuth:SigningKeyPublicationLead, which must be positive.";
        }

        if (HousekeepingInterval < TimeSpan.FromSeconds(1) || HousekeepingInterval >= SigningKeyPublicationLead)
        {
            // The job must run at least once within the lead, or successors would be published late.
            return "OAuth:HousekeepingInterval must be at least a second and shorter than OAuth:SigningKeyPublicationLead.";
        }

        if (RefreshTokenLifetime < TimeSpan.FromMinutes(1) || RefreshTokenLifetime > TimeSpan.FromDays(365))
        {
            return "OAuth:RefreshTokenLifetime must be between a minute and a year.";
        }

        if (RefreshTokenReuseGrace < TimeSpan.Zero || RefreshTokenReuseGrace > TimeSpan.FromMinutes(5))
        {
            return "OAuth:RefreshTokenReuseGrace must be between zero and five minutes.";
        }

        return ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(5)
            ? "OAuth:ClockSkew must be between zero and five minutes."
            : null;
    }
}
