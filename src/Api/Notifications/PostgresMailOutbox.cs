using Npgsql;

namespace KtPortal.Api.Notifications;

/// <summary>The mail outbox in PostgreSQL's <c>mail_outbox</c> table (migration 0008).</summary>
internal sealed class PostgresMailOutbox(NpgsqlDataSource dataSource, TimeProvider clock) : IMailOutbox
{
    private const int MaxErrorLength = 1000;

    public async Task<Guid> EnqueueAsync(string to, string subject, string textBody, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(textBody);
        var id = Guid.CreateVersion7();
        await using var command = dataSource.CreateCommand(
            """INSERT INTO mail_outbox (id, "to", subject, text_body, created_at) VALUES ($1, $2, $3, $4, $5)""");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        command.Parameters.Add(new NpgsqlParameter { Value = subject });
        command.Parameters.Add(new NpgsqlParameter { Value = textBody });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<OutboxMail>> UnsentAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, "to", subject, text_body, created_at, attempts FROM mail_outbox
            WHERE sent_at IS NULL ORDER BY created_at, id LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var mails = new List<OutboxMail>();
        while (await reader.ReadAsync(cancellationToken))
        {
            mails.Add(new OutboxMail(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5)));
        }

        return mails;
    }

    public async Task MarkSentAsync(Guid id, CancellationToken cancellationToken)
    {
        // Only the first success counts, so a mail sent twice by racing senders keeps its first time.
        await using var command = dataSource.CreateCommand("UPDATE mail_outbox SET sent_at = $2 WHERE id = $1 AND sent_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var command = dataSource.CreateCommand(
            "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1 AND sent_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
