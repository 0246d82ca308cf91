using Npgsql;

namespace KtPortal.Api.Notifications;

/// <summary>The mail outbox in PostgreSQL's <c>mail_outbox</c> table (migrations 0008 and 0014).</summary>
internal sealed class PostgresMailOutbox(NpgsqlDataSource dataSource, TimeProvider clock) : IMailOutbox
{
    private const int MaxErrorLength = 1000;

    private const string Columns = "id, \"to\", subject, text_body, created_at, attempts";

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
            $"""
            SELECT {Columns} FROM mail_outbox
            WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY created_at, id LIMIT $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMail>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = clock.GetUtcNow();

        // SKIP LOCKED: two senders claiming at once take different mails instead of waiting on each other's rows; the
        // lease keeps a claimed mail from the next claims once the claiming transaction has committed.
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE mail_outbox SET claimed_until = $2
            WHERE id IN (
                SELECT id FROM mail_outbox
                WHERE sent_at IS NULL AND failed_at IS NULL
                  AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
                  AND (claimed_until IS NULL OR claimed_until <= $1)
                ORDER BY created_at, id
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = now + lease });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var mails = await ReadAsync(command, cancellationToken);

        // RETURNING keeps no order.
        mails.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
        return mails;
    }

    public async Task MarkSentAsync(Guid id, CancellationToken cancellationToken)
    {
        // Only the first success counts, so a mail sent twice by racing senders keeps its first time.
        await using var command = dataSource.CreateCommand(
            "UPDATE mail_outbox SET sent_at = $2, claimed_until = NULL WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkFailedAsync(Guid id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var command = dataSource.CreateCommand(
            """
            UPDATE mail_outbox
            SET attempts = attempts + 1, last_error = $2, claimed_until = NULL,
                next_attempt_at = $3, failed_at = CASE WHEN $3 IS NULL THEN $4 END
            WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = Shortened(error) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = retryAt, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeferAsync(IReadOnlyCollection<Guid> ids, string? error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            """
            UPDATE mail_outbox SET last_error = coalesce($2, last_error), claimed_until = NULL, next_attempt_at = $3
            WHERE id = ANY($1) AND sent_at IS NULL AND failed_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = error is null ? null : Shortened(error), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = retryAt });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM mail_outbox WHERE sent_at < $1 OR failed_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = before });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Shortened(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;

    private static async Task<List<OutboxMail>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
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
}
