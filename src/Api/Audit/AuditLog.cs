using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace KtPortal.Api.Audit;

/// <summary>
/// Appends security events to <c>audit_events</c>. Events are written on the owner's connection, in their own
/// statement, so that an event is kept even when the work it records is rolled back (a failed sign-in leaves
/// nothing else behind). The table is append-only in SQL.
/// </summary>
public sealed class AuditLog(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Records one event; <paramref name="detail"/> is serialized as a JSON object.</summary>
    public async Task RecordAsync(
        string kind,
        HttpContext? context,
        CancellationToken cancellationToken,
        Guid? actorUserId = null,
        string? actorClientId = null,
        Guid? organizationId = null,
        IReadOnlyDictionary<string, string>? detail = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(
            "INSERT INTO audit_events (id, occurred_at, kind, actor_user_id, actor_client_id, organization_id, ip_address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)actorUserId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)actorClientId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)organizationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)context?.Connection.RemoteIpAddress?.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = detail is null ? DBNull.Value : JsonSerializer.Serialize(detail),
            NpgsqlDbType = NpgsqlDbType.Jsonb,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
