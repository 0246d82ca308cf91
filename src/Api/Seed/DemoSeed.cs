using System.Security.Cryptography;
using System.Text;
using KtPortal.Api.Identity;
using KtPortal.Api.OAuth.Clients;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace KtPortal.Api.Seed;

/// <summary>
/// The demo organizations, users, memberships and OAuth clients that <c>./portal run</c> and <c>./portal test</c>
/// load (never Production). Ids derive from stable names, and every insert is <c>ON CONFLICT DO NOTHING</c>, so
/// loading twice, or from two processes at once, changes nothing. Passwords and secrets are hashed when inserted.
/// </summary>
/// <param name="dataSource">The database.</param>
/// <param name="includeTestClients">Also load the clients only the conformance suite needs (the Testing environment).</param>
public sealed partial class DemoSeed(NpgsqlDataSource dataSource, bool includeTestClients = false)
{
    /// <summary>Every demo user's password, documented in the README.</summary>
    public const string DemoPassword = "demo-password-1";

    /// <summary>The demo partner integration's client id.</summary>
    public const string PartnerClientId = "partner-demo";

    /// <summary>The demo partner integration's secret, documented in <c>docs/auth.md</c>.</summary>
    public const string PartnerClientSecret = "partner-demo-secret";

    /// <summary>The portal SPA, a public client.</summary>
    public const string SpaClientId = "portal-spa";

    /// <summary>A Testing-only confidential client whose tokens live one second, to test expiry.</summary>
    public const string ShortLivedClientId = "conformance-short-lived";

    /// <summary>A Testing-only confidential client whose tokens are signed ES256.</summary>
    public const string Es256ClientId = "conformance-es256";

    /// <summary>A Testing-only public client that is third-party, so the user is asked for consent.</summary>
    public const string ThirdPartyClientId = "conformance-third-party";

    /// <summary>The SPA's redirect URI (the Vite dev server's default address).</summary>
    public const string SpaRedirectUri = "http://127.0.0.1:5173/callback";

    /// <summary>Where the SPA may send the user after logout.</summary>
    public const string SpaPostLogoutRedirectUri = "http://127.0.0.1:5173/";

    /// <summary>The user who has a second factor in the Testing seed.</summary>
    public const string TwoFactorUserEmail = "admin@kre8ivtech.test";

    /// <summary>
    /// The Testing-only TOTP secret (base32) of <see cref="TwoFactorUserEmail"/>, so the conformance suite can compute
    /// a code. Never loaded outside Testing: in Development the admin signs in with the password alone.
    /// </summary>
    public const string TestingAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /// <summary>The Testing-only recovery codes of <see cref="TwoFactorUserEmail"/>.</summary>
    public static IReadOnlyList<string> TestingRecoveryCodes { get; } = ["TESTR-CODE1", "TESTR-CODE2", "TESTR-CODE3"];

    /// <summary>The scopes the demo clients may ask for. Nothing enforces them yet.</summary>
    public static IReadOnlyList<string> ApiScopes { get; } = ["api:read", "api:write"];

    /// <summary>The OpenID Connect scopes, and the API's, that a client signing users in may ask for.</summary>
    public static IReadOnlyList<string> UserScopes { get; } = ["openid", "profile", "email", .. ApiScopes];

    /// <summary>The demo organizations: slug, name, kind and the slug of the partner holding it.</summary>
    public static IReadOnlyList<(string Slug, string Name, OrganizationKind Kind, string? ParentSlug)> Organizations { get; } =
    [
        ("kre8ivtech", "Kre8ivTech", OrganizationKind.Agency, null),
        ("acme", "Acme Corporation", OrganizationKind.Client, null),
        ("globex", "Globex", OrganizationKind.Client, null),
        ("northwind", "Northwind Partners", OrganizationKind.Partner, null),
        ("initech", "Initech", OrganizationKind.Client, "northwind"),
    ];

    /// <summary>The demo users: email and display name.</summary>
    public static IReadOnlyList<(string Email, string DisplayName)> Users { get; } =
    [
        ("admin@kre8ivtech.test", "Ada Admin"),
        ("agent@kre8ivtech.test", "Alan Agent"),
        ("billing@kre8ivtech.test", "Bea Billing"),
        ("owner@acme.test", "Olivia Owner"),
        ("member@acme.test", "Max Member"),
        ("owner@globex.test", "Grace Owner"),
        ("partner@northwind.test", "Nora Partner"),
    ];

    /// <summary>The demo memberships: user, organization slug and role.</summary>
    public static IReadOnlyList<(string Email, string OrganizationSlug, MembershipRole Role)> Memberships { get; } =
    [
        ("admin@kre8ivtech.test", "kre8ivtech", MembershipRole.Admin),
        ("agent@kre8ivtech.test", "kre8ivtech", MembershipRole.Agent),
        ("billing@kre8ivtech.test", "kre8ivtech", MembershipRole.Billing),
        ("owner@acme.test", "acme", MembershipRole.Owner),
        ("member@acme.test", "acme", MembershipRole.Member),
        ("owner@globex.test", "globex", MembershipRole.Owner),
        ("partner@northwind.test", "northwind", MembershipRole.PartnerAdmin),
    ];

    /// <summary>The stable id of a demo record, derived from its kind and key.</summary>
    public static Guid IdOf(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"ktportal-demo:{kind}:{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Inserts whatever part of the seed is missing.</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        var hasher = new PasswordHasher<User>();
        await using var batch = dataSource.CreateBatch();
        foreach (var (slug, name, kind, parentSlug) in Organizations)
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO organizations (id, name, slug, kind, parent_organization_id)
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
                """,
                IdOf("organization", slug),
                name,
                slug,
                EnumText.ToText(kind),
                parentSlug is null ? DBNull.Value : IdOf("organization", parentSlug)));
        }

        foreach (var (email, displayName) in Users)
        {
            var user = new User(IdOf("user", email), email, displayName);
            var passwordHash = hasher.HashPassword(user, DemoPassword);
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO users (id, email, display_name, user_name, normalized_user_name, normalized_email,
                                   email_confirmed, password_hash, security_stamp, concurrency_stamp)
                VALUES ($1, $2, $3, $2, upper($2), upper($2), true, $4, $5, $6) ON CONFLICT DO NOTHING
                """,
                user.Id,
                email,
                displayName,
                passwordHash,
                user.SecurityStamp!,
                user.ConcurrencyStamp!));

            // A demo database made before users could sign in gets the demo password too.
            batch.BatchCommands.Add(Command(
                "UPDATE users SET password_hash = $2, email_confirmed = true WHERE id = $1 AND password_hash IS NULL",
                user.Id,
                passwordHash));
        }

        foreach (var (email, slug, role) in Memberships)
        {
            batch.BatchCommands.Add(Command(
                "INSERT INTO memberships (id, user_id, organization_id, role) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                IdOf("membership", $"{email}@{slug}"),
                IdOf("user", email),
                IdOf("organization", slug),
                EnumText.ToText(role)));
        }

        foreach (var client in Clients())
        {
            batch.BatchCommands.Add(Command(
                """
                INSERT INTO oauth_clients (id, client_id, display_name, client_type, secret_hash, redirect_uris,
                    allowed_grant_types, allowed_scopes, organization_id, acting_role, signing_algorithm, access_token_lifetime_seconds,
                    require_consent, post_logout_redirect_uris)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING
                """,
                client.Id,
                client.ClientId,
                client.DisplayName,
                EnumText.ToText(client.ClientType),
                (object?)client.SecretHash ?? DBNull.Value,
                client.RedirectUris,
                client.AllowedGrantTypes,
                client.AllowedScopes,
                (object?)client.OrganizationId ?? DBNull.Value,
                client.ActingRole is { } actingRole ? EnumText.ToText(actingRole) : DBNull.Value,
                client.SigningAlgorithm is { } algorithm ? EnumText.ToText(algorithm) : DBNull.Value,
                (object?)client.AccessTokenLifetimeSeconds ?? DBNull.Value,
                client.RequireConsent,
                client.PostLogoutRedirectUris));
        }

        // A demo database made before the code flow gets the SPA's settings for it.
        batch.BatchCommands.Add(Command(
            """
            UPDATE oauth_clients SET allowed_scopes = $2, require_consent = false, post_logout_redirect_uris = $3,
                access_token_lifetime_seconds = 900
            WHERE client_id = $1 AND NOT ('openid' = ANY (allowed_scopes))
            """,
            SpaClientId,
            UserScopes.ToArray(),
            new[] { SpaPostLogoutRedirectUri }));

        if (includeTestClients)
        {
            AddTestingSecondFactor(batch);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    // The Testing seed's admin has an authenticator and recovery codes, stored as Identity's UserManager stores the
    // key (user_tokens, Identity's provider and name) and as RecoveryCodes stores codes (hashed).
    private static void AddTestingSecondFactor(NpgsqlBatch batch)
    {
        var userId = IdOf("user", TwoFactorUserEmail);
        batch.BatchCommands.Add(Command(
            """
            INSERT INTO user_tokens (user_id, login_provider, name, value) VALUES ($1, '[AspNetUserStore]', 'AuthenticatorKey', $2)
            ON CONFLICT DO NOTHING
            """,
            userId,
            TestingAuthenticatorKey));
        batch.BatchCommands.Add(Command("UPDATE users SET two_factor_enabled = true WHERE id = $1", userId));
        foreach (var code in TestingRecoveryCodes)
        {
            batch.BatchCommands.Add(Command(
                "INSERT INTO user_recovery_codes (user_id, code_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                userId,
                RecoveryCodes.Hash(code)));
        }
    }

    private IEnumerable<OAuthClient> Clients()
    {
        var northwind = new Organization(IdOf("organization", "northwind"), "Northwind Partners", "northwind", OrganizationKind.Partner);
        var partner = OAuthClient.CreateConfidential(IdOf("client", PartnerClientId), PartnerClientId, "Northwind integration (demo)",
            ClientSecretHasher.Hash(PartnerClientSecret), [OAuthGrantTypes.ClientCredentials], ApiScopes);
        partner.ActFor(northwind, MembershipRole.PartnerAdmin);
        yield return partner;

        var spa = OAuthClient.CreatePublic(IdOf("client", SpaClientId), SpaClientId, "KtPortal web app",
            [SpaRedirectUri], [OAuthGrantTypes.AuthorizationCode, OAuthGrantTypes.RefreshToken], UserScopes);
        spa.TrustAsFirstParty(true);
        spa.AllowPostLogoutRedirects([SpaPostLogoutRedirectUri]);
        spa.ConfigureTokens(null, TimeSpan.FromMinutes(15));
        yield return spa;

        if (!includeTestClients)
        {
            yield break;
        }

        // The conformance suite needs a token that expires while it waits, and one signed ES256. Token times are whole
        // seconds (iat is truncated), so a lifetime of n seconds leaves between n - 1 and n: three keep the token
        // active for the suite's first look however the request falls within a second.
        var shortLived = OAuthClient.CreateConfidential(IdOf("client", ShortLivedClientId), ShortLivedClientId, "Conformance: short-lived tokens",
            ClientSecretHasher.Hash(PartnerClientSecret), [OAuthGrantTypes.ClientCredentials], ApiScopes);
        shortLived.ConfigureTokens(null, TimeSpan.FromSeconds(3));
        yield return shortLived;

        var es256 = OAuthClient.CreateConfidential(IdOf("client", Es256ClientId), Es256ClientId, "Conformance: ES256 tokens",
            ClientSecretHasher.Hash(PartnerClientSecret), [OAuthGrantTypes.ClientCredentials], ApiScopes);
        es256.ConfigureTokens(SigningAlgorithm.Es256, null);
        yield return es256;

        // A third-party app, so that the consent screen is exercised.
        yield return OAuthClient.CreatePublic(IdOf("client", ThirdPartyClientId), ThirdPartyClientId, "Conformance: third-party app",
            [SpaRedirectUri], [OAuthGrantTypes.AuthorizationCode, OAuthGrantTypes.RefreshToken], UserScopes);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
