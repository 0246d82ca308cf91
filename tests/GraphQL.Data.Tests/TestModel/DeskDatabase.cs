using Npgsql;
using NpgsqlTypes;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A fresh PostgreSQL database per test class holding the generated <see cref="DeskData"/>, loaded with COPY.
/// Use it as an <c>IClassFixture</c>; tests that write make their own rows and must not change generated ones.
/// </summary>
public sealed class DeskDatabase : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();

    // One factory for every context: EF Core builds its internal services once per distinct logger factory.
    private Microsoft.Extensions.Logging.ILoggerFactory? _loggers;

    /// <summary>The generated rows, as the database holds them.</summary>
    public DeskData Data { get; } = DeskData.Generate();


    /// <summary>The database's connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>Counts the statements of contexts made by <see cref="CreateContext"/>.</summary>
    public StatementCounter Statements { get; } = new();

    /// <summary>Records the queries the data layer did not write as SQL, of contexts made by <see cref="CreateContext"/>.</summary>
    public StatementLog Log { get; } = new();

    /// <summary>A new context on the database whose statements <see cref="Statements"/> records.</summary>
    public DeskContext CreateContext() => new(DeskContext.Options(ConnectionString, Statements, _loggers ??= Log.Factory()));

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var context = new DeskContext(DeskContext.Options(ConnectionString)))
        {
            await context.Database.EnsureCreatedAsync();
        }

        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await CopyAsync(connection, "COPY organizations (id, name, kind, created_at) FROM STDIN (FORMAT BINARY)", Data.Organizations, async (w, o) =>
        {
            await w.WriteAsync(o.Id, NpgsqlDbType.Integer);
            await w.WriteAsync(o.Name, NpgsqlDbType.Text);
            await w.WriteAsync(o.Kind.ToString(), NpgsqlDbType.Text);
            await w.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz);
        });
        await CopyAsync(connection, "COPY users (id, organization_id, email, display_name, is_staff) FROM STDIN (FORMAT BINARY)", Data.Users, async (w, u) =>
        {
            await w.WriteAsync(u.Id, NpgsqlDbType.Integer);
            await w.WriteAsync(u.OrganizationId, NpgsqlDbType.Integer);
            await w.WriteAsync(u.Email, NpgsqlDbType.Text);
            await w.WriteAsync(u.DisplayName, NpgsqlDbType.Text);
            await w.WriteAsync(u.IsStaff, NpgsqlDbType.Boolean);
        });
        await CopyAsync(
            connection,
            "COPY tickets (id, number, organization_id, requester_id, title, description, status, priority, is_billable, estimated_minutes, tags, created_at, resolved_at) FROM STDIN (FORMAT BINARY)",
            Data.Tickets,
            async (w, t) =>
            {
                await w.WriteAsync(t.Id, NpgsqlDbType.Integer);
                await w.WriteAsync(t.Number, NpgsqlDbType.Integer);
                await w.WriteAsync(t.OrganizationId, NpgsqlDbType.Integer);
                await w.WriteAsync(t.RequesterId, NpgsqlDbType.Integer);
                await w.WriteAsync(t.Title, NpgsqlDbType.Text);
                await w.WriteAsync(t.Description, NpgsqlDbType.Text);
                await w.WriteAsync(t.Status.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(t.Priority.ToString(), NpgsqlDbType.Text);
                await w.WriteAsync(t.IsBillable, NpgsqlDbType.Boolean);
                await (t.EstimatedMinutes is { } minutes ? w.WriteAsync(minutes, NpgsqlDbType.Integer) : w.WriteNullAsync());
                await w.WriteAsync(t.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await w.WriteAsync(t.CreatedAt, NpgsqlDbType.TimestampTz);
                await (t.ResolvedAt is { } resolved ? w.WriteAsync(resolved, NpgsqlDbType.TimestampTz) : w.WriteNullAsync());
            });
        await CopyAsync(connection, "COPY messages (id, ticket_id, author_id, body, is_internal, created_at) FROM STDIN (FORMAT BINARY)", Data.Messages, async (w, m) =>
        {
            await w.WriteAsync(m.Id, NpgsqlDbType.Integer);
            await w.WriteAsync(m.TicketId, NpgsqlDbType.Integer);
            await w.WriteAsync(m.AuthorId, NpgsqlDbType.Integer);
            await w.WriteAsync(m.Body, NpgsqlDbType.Text);
            await w.WriteAsync(m.IsInternal, NpgsqlDbType.Boolean);
            await w.WriteAsync(m.CreatedAt, NpgsqlDbType.TimestampTz);
        });

        // Rows inserted by tests take ids after the generated ones.
        await using var sequences = new NpgsqlCommand(
            string.Join(';', ((string[])["organizations", "users", "tickets", "messages"])
                .Select(t => $"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))")) + "; ANALYZE",
            connection);
        await sequences.ExecuteNonQueryAsync();
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => _database.DisposeAsync();

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            await write(importer, row);
        }

        await importer.CompleteAsync();
    }
}
