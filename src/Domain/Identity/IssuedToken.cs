namespace KtPortal.Domain.Identity;

/// <summary>
/// The record of an access token the server issued, kept until it expires so that it can be revoked
/// (RFC 7009) and introspected (RFC 7662). The token itself is not stored.
/// </summary>
public sealed class IssuedToken
{
    // For EF Core materialization.
    private IssuedToken()
    {
        ClientId = string.Empty;
        Subject = string.Empty;
        Scope = string.Empty;
    }

    /// <summary>Records a token.</summary>
    public IssuedToken(Guid jti, string clientId, string subject, Guid? organizationId, string scope,
        DateTimeOffset issuedAt, DateTimeOffset expiresAt, Guid? familyId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(scope);
        if (expiresAt <= issuedAt)
        {
            throw new ArgumentException("A token expires after it is issued.", nameof(expiresAt));
        }

        Jti = jti;
        ClientId = clientId;
        Subject = subject;
        OrganizationId = organizationId;
        Scope = scope;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        FamilyId = familyId;
    }

    /// <summary>The token's <c>jti</c> claim.</summary>
    public Guid Jti { get; private set; }

    /// <summary>The <c>client_id</c> the token was issued to.</summary>
    public string ClientId { get; private set; }

    /// <summary>The token's <c>sub</c> claim.</summary>
    public string Subject { get; private set; }

    /// <summary>The organization the token acts for, if any.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>The granted scopes, space-separated.</summary>
    public string Scope { get; private set; }

    /// <summary>When the token was issued.</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When the token expires.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The refresh-token family (session) the token was issued in, if any; revoking it revokes the token.</summary>
    public Guid? FamilyId { get; private set; }

    /// <summary>When the token was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Revokes the token; revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Whether the token is neither expired nor revoked at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
