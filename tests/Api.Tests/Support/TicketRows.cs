using Npgsql;

namespace KtPortal.Api.Tests.Support;

/// <summary>Tickets and timeline events written straight into the database (as the owner), each test its own.</summary>
internal static class TicketRows
{
    public static async Task<Guid> InsertAsync(
        NpgsqlDataSource dataSource,
        Guid organizationId,
        Guid requesterId,
        DateTimeOffset createdAt,
        TimeSpan firstResponse,
        TimeSpan resolution,
        string status = "NEW",
        Guid? assigneeId = null,
        DateTimeOffset? pausedAt = null,
        DateTimeOffset? firstRespondedAt = null,
        DateTimeOffset? resolvedAt = null,
        string title = "Printer on fire")
    {
        var id = Guid.CreateVersion7();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO tickets (id, organization_id, title, description, type, category, priority, status, source, requester_id,
                                 assignee_id, created_at, updated_at, first_response_due_at, resolution_due_at,
                                 first_responded_at, resolved_at, sla_paused_at)
            VALUES ($1, $2, $3, 'It is on fire.', 'TROUBLESHOOTING', 'hardware', 'HIGH', $4, 'PORTAL', $5,
                    $6, $7, $7, $8, $9, $10, $11, $12)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = title });
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        command.Parameters.Add(new NpgsqlParameter { Value = requesterId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)assigneeId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = createdAt });
        command.Parameters.Add(new NpgsqlParameter { Value = createdAt + firstResponse });
        command.Parameters.Add(new NpgsqlParameter { Value = createdAt + resolution });
        command.Parameters.Add(Timestamp(firstRespondedAt));
        command.Parameters.Add(Timestamp(resolvedAt));
        command.Parameters.Add(Timestamp(pausedAt));
        await command.ExecuteNonQueryAsync();
        return id;
    }

    public static async Task InsertEventAsync(NpgsqlDataSource dataSource, Guid ticketId, Guid organizationId, string kind, bool isInternal, DateTimeOffset at)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ticket_events (id, ticket_id, organization_id, kind, data, internal, created_at)
            VALUES ($1, $2, $3, $4, '{}', $5, $6)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = ticketId });
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        command.Parameters.Add(new NpgsqlParameter { Value = isInternal });
        command.Parameters.Add(new NpgsqlParameter { Value = at });
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql, params object[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static NpgsqlParameter Timestamp(DateTimeOffset? value)
        => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz };
}
