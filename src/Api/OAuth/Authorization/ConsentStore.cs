using Npgsql;
using NpgsqlTypes;

namespace KtPortal.Api.OAuth.Authorization;

/// <summary>
/// The scopes each user allowed each third-party client, so that the consent page is shown again only when a client
/// asks for more than it was given.
/// </summary>
internal sealed class ConsentStore(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Whether the user already allowed the client every one of <paramref name="scopes"/>.</summary>
    public async Task<bool> CoversAsync(Guid userId, string clientId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM oauth_consents WHERE user_id = $1 AND client_id = $2 AND scopes @> $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter { Value = scopes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>Remembers that the user allowed <paramref name="scopes"/>, added to what they allowed before.</summary>
    public async Task GrantAsync(Guid userId, string clientId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        // The union keeps an earlier, wider consent: allowing a narrower request does not take scopes back.
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO oauth_consents (user_id, client_id, scopes, granted_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (user_id, client_id) DO UPDATE SET
                scopes = ARRAY(SELECT s FROM unnest(oauth_consents.scopes || EXCLUDED.scopes) AS s GROUP BY s ORDER BY s COLLATE "C"),
                granted_at = EXCLUDED.granted_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter { Value = scopes.Order(StringComparer.Ordinal).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The user's remembered consents with each client's display name, most recent first.</summary>
    public async Task<IReadOnlyList<RememberedConsent>> ListAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT c.client_id, coalesce(k.display_name, c.client_id), c.scopes, c.granted_at
            FROM oauth_consents c LEFT JOIN oauth_clients k ON k.client_id = c.client_id
            WHERE c.user_id = $1 ORDER BY c.granted_at DESC, c.client_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        var consents = new List<RememberedConsent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            consents.Add(new RememberedConsent(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return consents;
    }

    /// <summary>Forgets the user's consent to the client; false when there was none.</summary>
    public async Task<bool> RevokeAsync(Guid userId, string clientId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM oauth_consents WHERE user_id = $1 AND client_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
