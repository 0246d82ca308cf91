using System.Security.Cryptography;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.OAuth.Sessions;
using Npgsql;

namespace KtPortal.Api.OAuth.PersonalTokens;

/// <summary>
/// Personal API tokens for staff and partner scripts: made (the secret is returned once), listed, revoked, and
/// checked by the bearer authentication. Only SHA-256 hashes are stored: the token carries 256 random bits, so a
/// slow password hash would add nothing. Runs on the owner's connection, like the rest of the token server, because
/// a bearer token is checked before any tenant is known; every statement filters by the user.
/// </summary>
public sealed class PersonalAccessTokenService(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Every personal token starts with this, so that secret scanners and people recognise one.</summary>
    public const string TokenPrefix = "ktp_";

    /// <summary>
    /// The <c>client_id</c> of a personal token's principal: no OAuth client issued it, and this name is not a valid
    /// client id of <c>oauth_clients</c>' shape, so it cannot be mistaken for one.
    /// </summary>
    public const string ClientId = "personal-access-token";

    /// <summary>The longest lifetime a token may be given.</summary>
    public const int MaxExpiresInDays = 366;

    // How many characters of the token are kept, in the clear, to tell tokens apart in a list.
    private const int ShownPrefixLength = 12;

    // last_used_at is written at most this often per token, so a busy script does not write on every request.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // Kinds of organization whose members may make tokens: the agency (staff) and partners.
    private static readonly string[] AllowedKinds = ["AGENCY", "PARTNER"];

    /// <summary>
    /// The organization and role in which <paramref name="userId"/> may make tokens (their staff or partner
    /// membership), preferring <paramref name="preferredOrganizationId"/>; null for a user with neither.
    /// </summary>
    public async Task<(Guid OrganizationId, string Role)?> AllowedMembershipAsync(Guid userId, Guid? preferredOrganizationId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT m.organization_id, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.user_id = $1 AND o.kind = ANY ($2)
            ORDER BY (m.organization_id = $3) DESC NULLS LAST, o.kind, m.organization_id
            LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = AllowedKinds });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)preferredOrganizationId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : null;
    }

    /// <summary>Makes a token for the user in the organization; the secret in the result is never stored or shown again.</summary>
    public async Task<(PersonalAccessToken Token, string Secret)> CreateAsync(
        Guid userId, Guid organizationId, string name, IReadOnlyList<string> scopes, int expiresInDays, CancellationToken cancellationToken = default)
    {
        var secret = TokenPrefix + Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken(
            Guid.CreateVersion7(now), name, secret[..ShownPrefixLength], scopes, now, null, now.AddDays(expiresInDays));
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO personal_access_tokens (id, user_id, organization_id, name, prefix, token_hash, scopes, created_at, expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """);
        foreach (var value in (object[])[token.Id, userId, organizationId, name, token.Prefix, TokenFamilies.Sha256(secret), scopes.ToArray(), now, token.ExpiresAt])
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>The user's tokens that are not revoked, newest first (expired ones too, until revoked).</summary>
    public async Task<IReadOnlyList<PersonalAccessToken>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, name, prefix, scopes, created_at, last_used_at, expires_at FROM personal_access_tokens
            WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        var tokens = new List<PersonalAccessToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new PersonalAccessToken(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return tokens;
    }

    /// <summary>Revokes one of the user's tokens; false when it is not theirs or is already revoked.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE personal_access_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = tokenId });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Who <paramref name="secret"/> speaks for, when it is an active token (not revoked, not expired) whose owner
    /// still belongs to its organization; otherwise null. Records the use, at most once a minute.
    /// </summary>
    public async Task<PersonalAccessTokenAuthentication?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = TokenFamilies.Sha256(secret);
        var now = clock.GetUtcNow();
        // The membership join makes a token stop working when its owner leaves the organization, and gives the
        // owner's current role, as a freshly issued access token would.
        await using var command = dataSource.CreateCommand(
            """
            SELECT t.id, t.user_id, t.organization_id, m.role, t.scopes, t.token_hash, t.last_used_at, t.expires_at
            FROM personal_access_tokens t JOIN memberships m ON m.user_id = t.user_id AND m.organization_id = t.organization_id
            WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = hash });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        PersonalAccessTokenAuthentication found;
        DateTimeOffset? lastUsedAt;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)
                || !CryptographicOperations.FixedTimeEquals(reader.GetFieldValue<byte[]>(5), hash))
            {
                return null;
            }

            found = new PersonalAccessTokenAuthentication(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetFieldValue<string[]>(4),
                reader.GetFieldValue<DateTimeOffset>(7));
            lastUsedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6);
        }

        if (lastUsedAt is null || now - lastUsedAt.Value >= LastUsedResolution)
        {
            await using var touch = dataSource.CreateCommand(
                "UPDATE personal_access_tokens SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $3)");
            touch.Parameters.Add(new NpgsqlParameter { Value = found.TokenId });
            touch.Parameters.Add(new NpgsqlParameter { Value = now });
            touch.Parameters.Add(new NpgsqlParameter { Value = now - LastUsedResolution });
            await touch.ExecuteNonQueryAsync(cancellationToken);
        }

        return found;
    }
}
