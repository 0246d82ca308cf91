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
}
