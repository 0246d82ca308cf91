using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>
/// The baseline the data-fetching benchmark measures the engine against: the same two statements a careful
/// developer would write by hand (a page of tickets joined to their requester, then the three latest messages
/// of every ticket on the page with one window query), and the same response JSON written with
/// <see cref="Utf8JsonWriter"/>. No GraphQL, no LINQ, no EF Core.
/// </summary>
public sealed class HandWrittenTickets(NpgsqlDataSource dataSource)
{
    private const string TicketsSql = """
        SELECT t.id, t.number, t.title, u.display_name
        FROM tickets AS t
        JOIN users AS u ON u.id = t.requester_id
        WHERE t.status = ANY(@statuses)
        ORDER BY t.created_at DESC, t.id
        LIMIT @take
        """;

    // Also the baseline of GroupedStatementBenchmarks.
    internal const string MessagesSql = """
        SELECT m.ticket_id, m.body, m.created_at
        FROM (
            SELECT m.ticket_id, m.body, m.created_at,
                   row_number() OVER (PARTITION BY m.ticket_id ORDER BY m.created_at DESC, m.id) AS row
            FROM messages AS m
            WHERE m.ticket_id = ANY(@ids)
        ) AS m
        WHERE m.row <= @take
        ORDER BY m.ticket_id, m.row
        """;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private static readonly string[] OpenStatuses = ["Open", "InProgress", "WaitingOnClient"];

    /// <summary>The page size of the data benchmarks' query.</summary>
    public const int BenchmarkTickets = 50;

    /// <summary>The nested page size of the data benchmarks' query.</summary>
    public const int BenchmarkMessages = 3;

    /// <summary>
    /// Writes the response of the data benchmarks' query (<see cref="BenchmarkTickets"/> tickets still being worked on,
    /// <see cref="BenchmarkMessages"/> messages each) into <paramref name="buffer"/>, emptied first; returns its length.
    /// </summary>
    public async Task<int> WriteBenchmarkResponseAsync(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        await WriteAsync(buffer, BenchmarkTickets, BenchmarkMessages, OpenStatuses);
        return buffer.WrittenCount;
    }

    /// <summary>Writes the response of the benchmark query for <paramref name="first"/> tickets with <paramref name="messages"/> messages each.</summary>
    public async Task WriteAsync(IBufferWriter<byte> output, int first, int messages, string[] statuses, CancellationToken cancellationToken = default)
    {
        var tickets = new List<(int Id, int Number, string Title, string Requester)>(first);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(TicketsSql, connection))
        {
            command.Parameters.AddWithValue("statuses", statuses);
            command.Parameters.AddWithValue("take", first + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tickets.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var hasNextPage = tickets.Count > first;
        if (hasNextPage)
        {
            tickets.RemoveAt(tickets.Count - 1);
        }

        var byTicket = new Dictionary<int, List<(string Body, DateTime CreatedAt)>>(tickets.Count);
        await using (var command = new NpgsqlCommand(MessagesSql, connection))
        {
            command.Parameters.AddWithValue("ids", tickets.Select(t => t.Id).ToArray());
            command.Parameters.AddWithValue("take", messages + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var ticketId = reader.GetInt32(0);
                if (!byTicket.TryGetValue(ticketId, out var list))
                {
                    byTicket[ticketId] = list = [];
                }

                list.Add((reader.GetString(1), reader.GetDateTime(2)));
            }
        }

        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("tickets");
        json.WriteStartArray("nodes");
        foreach (var ticket in tickets)
        {
            json.WriteStartObject();
            json.WriteNumber("number", ticket.Number);
            json.WriteString("title", ticket.Title);
            json.WriteStartObject("requester");
            json.WriteString("displayName", ticket.Requester);
            json.WriteEndObject();
            json.WriteStartObject("messages");
            json.WriteStartArray("nodes");
            if (byTicket.TryGetValue(ticket.Id, out var list))
            {
                for (var i = 0; i < list.Count && i < messages; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("body", list[i].Body);
                    json.WriteString("createdAt", list[i].CreatedAt.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteStartObject("pageInfo");
            json.WriteBoolean("hasNextPage", list is not null && list.Count > messages);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", hasNextPage);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
