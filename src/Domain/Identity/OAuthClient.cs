namespace KtPortal.Domain.Identity;

/// <summary>
/// A registered OAuth client. A confidential client holds a secret, of which only a hash is stored; a public
/// client holds none. A client may act for one organization with one role, as a partner's integration does.
/// </summary>
public sealed class OAuthClient
{
    // For EF Core materialization.
    private OAuthClient()
    {
        ClientId = string.Empty;
        DisplayName = string.Empty;
        RedirectUris = [];
        AllowedGrantTypes = [];
        AllowedScopes = [];
        PostLogoutRedirectUris = [];
    }

    private OAuthClient(Guid id, string clientId, string displayName, OAuthClientType type, string? secretHash,
        IEnumerable<string> grantTypes, IEnumerable<string> scopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        ClientId = clientId;
        DisplayName = displayName.Trim();
        ClientType = type;
        SecretHash = secretHash;
        RedirectUris = [];
        AllowedGrantTypes = [.. grantTypes.Distinct(StringComparer.Ordinal)];
        AllowedScopes = [.. scopes.Distinct(StringComparer.Ordinal)];
        PostLogoutRedirectUris = [];
        RequireConsent = true;
        CreatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The record's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The public identifier the client presents (<c>client_id</c>).</summary>
    public string ClientId { get; private set; }

    /// <summary>The name shown to people.</summary>
    public string DisplayName { get; private set; }

    /// <summary>Confidential or public.</summary>
    public OAuthClientType ClientType { get; private set; }

    /// <summary>The hash of a confidential client's secret; <c>null</c> for a public client.</summary>
    public string? SecretHash { get; private set; }

    /// <summary>The redirect URIs, matched exactly.</summary>
    public string[] RedirectUris { get; private set; }

    /// <summary>The grant types the client may use.</summary>
    public string[] AllowedGrantTypes { get; private set; }

    /// <summary>The scopes the client may ask for; a token request without <c>scope</c> gets them all.</summary>
    public string[] AllowedScopes { get; private set; }

    /// <summary>The organization the client acts for, if any.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>The role the client holds in <see cref="OrganizationId"/>.</summary>
    public MembershipRole? ActingRole { get; private set; }

    /// <summary>The algorithm that signs this client's tokens; <c>null</c> for the server's default.</summary>
    public SigningAlgorithm? SigningAlgorithm { get; private set; }

    /// <summary>How long this client's access tokens live, in seconds; <c>null</c> for the server's default.</summary>
    public int? AccessTokenLifetimeSeconds { get; private set; }

    /// <summary>
    /// Whether the user is asked to consent before the client gets a code. True unless the client is first-party
    /// (the portal's own app), which may skip it.
    /// </summary>
    public bool RequireConsent { get; private set; }

    /// <summary>Where the client may send the user after logout (OpenID Connect RP-Initiated Logout), matched exactly.</summary>
    public string[] PostLogoutRedirectUris { get; private set; }

    /// <summary>When the client was registered.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether the client authenticates with a secret.</summary>
    public bool IsConfidential => ClientType == OAuthClientType.Confidential;

    /// <summary>Registers a confidential client.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="clientId">The <c>client_id</c>.</param>
    /// <param name="displayName">The name shown to people.</param>
    /// <param name="secretHash">The hash of the client's secret; never the secret itself.</param>
    /// <param name="grantTypes">The grant types the client may use.</param>
    /// <param name="scopes">The scopes the client may ask for.</param>
    public static OAuthClient CreateConfidential(Guid id, string clientId, string displayName, string secretHash,
        IEnumerable<string> grantTypes, IEnumerable<string> scopes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretHash);
        return new OAuthClient(id, clientId, displayName, OAuthClientType.Confidential, secretHash, grantTypes, scopes);
    }

    /// <summary>Registers a public client, which has no secret.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="clientId">The <c>client_id</c>.</param>
    /// <param name="displayName">The name shown to people.</param>
    /// <param name="redirectUris">The redirect URIs, matched exactly.</param>
    /// <param name="grantTypes">The grant types the client may use; never <c>client_credentials</c>.</param>
    /// <param name="scopes">The scopes the client may ask for.</param>
    public static OAuthClient CreatePublic(Guid id, string clientId, string displayName, IEnumerable<string> redirectUris,
        IEnumerable<string> grantTypes, IEnumerable<string> scopes)
    {
        var grants = grantTypes.ToArray();
        if (grants.Contains(OAuthGrantTypes.ClientCredentials, StringComparer.Ordinal))
        {
            // RFC 6749 §4.4: the client credentials grant MUST only be used by confidential clients.
            throw new ArgumentException("A public client cannot use the client_credentials grant.", nameof(grantTypes));
        }

        return new OAuthClient(id, clientId, displayName, OAuthClientType.Public, null, grants, scopes)
        {
            RedirectUris = [.. redirectUris],
        };
    }

    /// <summary>Lets the client act for an organization with a role that organization has.</summary>
    /// <exception cref="ArgumentException">The organization's kind does not have the role.</exception>
    public void ActFor(Organization organization, MembershipRole role)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (!MembershipRoles.IsValidFor(role, organization.Kind))
        {
            throw new ArgumentException($"A {organization.Kind} organization has no role {role}.", nameof(role));
        }

        OrganizationId = organization.Id;
        ActingRole = role;
    }

    /// <summary>Sets how this client's tokens are signed and how long they live.</summary>
    public void ConfigureTokens(SigningAlgorithm? algorithm, TimeSpan? lifetime)
    {
        if (lifetime is { } value && (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromDays(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), value, "An access token lives between one second and one day.");
        }

        SigningAlgorithm = algorithm;
        AccessTokenLifetimeSeconds = lifetime is { } span ? (int)span.TotalSeconds : null;
    }

    /// <summary>Replaces a confidential client's secret hash.</summary>
    public void ReplaceSecret(string secretHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretHash);
        if (!IsConfidential)
        {
            throw new InvalidOperationException("A public client has no secret.");
        }

        SecretHash = secretHash;
    }

    /// <summary>Marks the client first-party (no consent screen) or third-party.</summary>
    public void TrustAsFirstParty(bool firstParty) => RequireConsent = !firstParty;

    /// <summary>Replaces the addresses the client may send the user to after logout.</summary>
    public void AllowPostLogoutRedirects(IEnumerable<string> uris) => PostLogoutRedirectUris = [.. uris.Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Whether <paramref name="redirectUri"/> is registered. Exact string comparison, no wildcards and no
    /// loopback port exception (RFC 9700 §4.1.3, §2.1).
    /// </summary>
    public bool HasRedirectUri(string? redirectUri) =>
        redirectUri is not null && RedirectUris.Contains(redirectUri, StringComparer.Ordinal);

    /// <summary>Whether the client may use the grant type.</summary>
    public bool AllowsGrant(string grantType) => AllowedGrantTypes.Contains(grantType, StringComparer.Ordinal);
}
