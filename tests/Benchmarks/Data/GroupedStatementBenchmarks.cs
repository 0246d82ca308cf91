using System.Data.Common;
using BenchmarkDotNet.Attributes;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// The SQL shape of the grouped statement alone: the 3 newest messages (and one more, for <c>hasNextPage</c>) of each of
/// the data benchmark's 50 tickets, written four ways and sent by hand on Npgsql, every column read. No EF Core: the
/// engine's statement is the one it sent for <see cref="DataBenchmarks"/>' request, recorded with its parameters.
/// </summary>
[MemoryDiagnoser]
public class GroupedStatementBenchmarks : DeskBenchmark
{
    // The engine's statement (its SQL as RepresentativeQueryTests asserts it) with the keys themselves as the outer
    // source instead of its SELECT DISTINCT over the messages.
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
    private DbCommand _engine = null!;

    /// <summary>The hand-written window query (<see cref="HandWrittenTickets"/>').</summary>
    [Benchmark(Baseline = true)]
    public Task<int> Window() => RunAsync(HandWrittenTickets.MessagesSql);

    /// <summary>The engine's statement, with its own parameters.</summary>
    [Benchmark]
    public Task<int> Engine() => RunAsync(_engine.CommandText, _engine.Parameters);

    /// <summary>The engine's statement over <c>unnest(@ids)</c>.</summary>
    [Benchmark]
    public Task<int> Unnest() => RunAsync(UnnestSql);

    /// <summary>A <c>LATERAL</c> join per key.</summary>
    [Benchmark]
    public Task<int> Lateral() => RunAsync(LateralSql);

    /// <inheritdoc/>
    protected override async Task PrepareAsync()
    {
        // The engine's grouped statement (the one with the window), and the page's ticket keys it was sent with.
        _engine = (await EngineCommandsAsync(new CommandRecorder())).Single(c => c.CommandText.Contains("ROW_NUMBER()", StringComparison.Ordinal));
        _ticketIds = _engine.Parameters.Cast<NpgsqlParameter>().Select(p => p.Value).OfType<int[]>().Single();

        // The four must read the same rows, or they would time different work.
        var rows = await Window();
        int[] others = [await Engine(), await Unnest(), await Lateral()];
        if (others.Any(count => count != rows))
        {
            throw new InvalidOperationException($"A statement reads other rows than the window query: {rows} against {string.Join(", ", others)}.");
        }

        Console.WriteLine($"// grouped statement: {rows} rows for {_ticketIds.Length} tickets");
    }

    // Runs the SQL with the given parameters, or with the page's keys as @ids and 4 rows per key as @take.
    private async Task<int> RunAsync(string sql, DbParameterCollection? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameters is null)
        {
            command.Parameters.AddWithValue("ids", _ticketIds);
            if (sql.Contains("@take", StringComparison.Ordinal))
            {
                command.Parameters.AddWithValue("take", HandWrittenTickets.BenchmarkMessages + 1);
            }
        }
        else
        {
            foreach (NpgsqlParameter parameter in parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }
        }

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
