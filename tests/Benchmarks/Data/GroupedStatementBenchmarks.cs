using BenchmarkDotNet.Attributes;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// The SQL shape of the grouped statement alone: the 3 newest messages (and one more, for <c>hasNextPage</c>) of each of
/// the data benchmark's 50 tickets, written four ways and sent by hand on Npgsql, every column read. No EF Core.
/// </summary>
[MemoryDiagnoser]
public class GroupedStatementBenchmarks : DeskBenchmark
{
    // HandWrittenTickets' window query.
    private const string WindowSql = """
        SELECT m.ticket_id, m.body, m.created_at
        FROM (
            SELECT m.ticket_id, m.body, m.created_at,
                   row_number() OVER (PARTITION BY m.ticket_id ORDER BY m.created_at DESC, m.id) AS row
            FROM messages AS m
            WHERE m.ticket_id = ANY(@ids)
        ) AS m
        WHERE m.row <= 4
        ORDER BY m.ticket_id, m.row
        """;

    // What EF Core makes of GroupedPages' LINQ (tests/GraphQL.Data.Tests/Fields/RepresentativeQueryTests.cs asserts it).
    private const string EngineSql = """
        SELECT m3.body, m3.created_at, m3.id, m3.ticket_id
        FROM (
            SELECT DISTINCT m.ticket_id
            FROM messages AS m
            WHERE m.ticket_id = ANY (@ids)
        ) AS m2
        INNER JOIN (
            SELECT m1.id, m1.body, m1.created_at, m1.ticket_id
            FROM (
                SELECT m0.id, m0.body, m0.created_at, m0.ticket_id, ROW_NUMBER() OVER(PARTITION BY m0.ticket_id ORDER BY m0.created_at DESC, m0.id) AS row
                FROM messages AS m0
                WHERE m0.ticket_id = ANY (@ids)
            ) AS m1
            WHERE m1.row <= 4
        ) AS m3 ON m2.ticket_id = m3.ticket_id
        ORDER BY m3.ticket_id, m3.created_at DESC, m3.id
        """;

    // The engine's statement with the keys themselves as the outer source instead of the DISTINCT.
    private const string UnnestSql = """
        SELECT m3.body, m3.created_at, m3.id, m3.ticket_id
        FROM unnest(@ids) AS k(value)
        INNER JOIN (
            SELECT m1.id, m1.body, m1.created_at, m1.ticket_id
            FROM (
                SELECT m0.id, m0.body, m0.created_at, m0.ticket_id, ROW_NUMBER() OVER(PARTITION BY m0.ticket_id ORDER BY m0.created_at DESC, m0.id) AS row
                FROM messages AS m0
                WHERE m0.ticket_id = ANY (@ids)
            ) AS m1
            WHERE m1.row <= 4
        ) AS m3 ON k.value = m3.ticket_id
        ORDER BY m3.ticket_id, m3.created_at DESC, m3.id
        """;

    // One index range per key.
    private const string LateralSql = """
        SELECT m.body, m.created_at, m.id, m.ticket_id
        FROM unnest(@ids) AS k(value)
        JOIN LATERAL (
            SELECT m0.id, m0.body, m0.created_at, m0.ticket_id
            FROM messages AS m0
            WHERE m0.ticket_id = k.value
            ORDER BY m0.created_at DESC, m0.id
            LIMIT 4
        ) AS m ON TRUE
        ORDER BY m.ticket_id, m.created_at DESC, m.id
        """;

    private int[] _ticketIds = null!;

    /// <summary>The hand-written window query.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> Window() => RunAsync(WindowSql);

    /// <summary>The engine's statement.</summary>
    [Benchmark]
    public Task<int> Engine() => RunAsync(EngineSql);

    /// <summary>The engine's statement over <c>unnest(@ids)</c>.</summary>
    [Benchmark]
    public Task<int> Unnest() => RunAsync(UnnestSql);

    /// <summary>A <c>LATERAL</c> join per key.</summary>
    [Benchmark]
    public Task<int> Lateral() => RunAsync(LateralSql);

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        await using (var context = Contexts.CreateDbContext())
        {
            TicketStatus[] statuses = [TicketStatus.Open, TicketStatus.InProgress, TicketStatus.WaitingOnClient];
            _ticketIds = await context.Tickets.Where(t => statuses.Contains(t.Status))
                .OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id).Take(HandWrittenTickets.BenchmarkTickets).ToArrayAsync();
        }

        // The four must read the same rows, or they would time different work.
        var rows = await RunAsync(WindowSql);
        foreach (var sql in new[] { EngineSql, UnnestSql, LateralSql })
        {
            if (await RunAsync(sql) != rows)
            {
                throw new InvalidOperationException($"A statement reads other rows than the window query:\n{sql}");
            }
        }

        Console.WriteLine($"// grouped statement: {rows} rows for {_ticketIds.Length} tickets");
    }

    private async Task<int> RunAsync(string sql)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", _ticketIds);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }
}
