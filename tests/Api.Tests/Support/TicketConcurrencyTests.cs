using System.Text.Json;

namespace KtPortal.Api.Tests.Support;

/// <summary>Real parallel requests: numbers stay unique and queue positions stay a gapless 1..N.</summary>
public sealed class TicketConcurrencyTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Client = "owner@acme.test";
    private const string Agent = "agent@kre8ivtech.test";

    [Fact]
    public async Task FiftyParallelCreates_GetUniqueNumbers_AndQueuePositions1ToN()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => fixture.CreateTicketAsync(Client, "URGENT", title: $"Parallel {i}")));

        var queue = await QueueAsync("URGENT");

        Assert.Equal(50, ids.Distinct().Count());
        var numbers = queue.Select(t => t.Number).Order().ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], 50), numbers);
        Assert.Equal(Enumerable.Range(1, 50), queue.Select(t => t.Position).Order());
        Assert.Equal(await FifoOrderAsync("URGENT"), queue.OrderBy(t => t.Position).Select(t => DeskFixture.TicketId(t.Id)));
    }

    [Fact]
    public async Task ParallelCreatesAndStatusChanges_LeaveTheQueueGapless()
    {
        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => fixture.CreateTicketAsync(Client, "LOW", title: $"First {i}")));

        // Ten of them leave the queue while twenty more join it, all at once.
        await Task.WhenAll(
            first.Take(10).Select(id => fixture.DataAsync(Agent, """
                mutation($id: ID!) { changeTicketStatus(input: { ticketId: $id, status: IN_PROGRESS }) { errors { __typename } } }
                """, new { id }))
            .Concat(Enumerable.Range(0, 20).Select(i => (Task)fixture.CreateTicketAsync(Client, "LOW", title: $"Second {i}"))));

        var queue = await QueueAsync("LOW");
        Assert.Equal(30, queue.Count);
        Assert.Equal(Enumerable.Range(1, 30), queue.Select(t => t.Position).Order());
        Assert.Equal(await FifoOrderAsync("LOW"), queue.OrderBy(t => t.Position).Select(t => DeskFixture.TicketId(t.Id)));
    }

    [Fact]
    public async Task ParallelStatusChangesOfOneTicket_AreNotLost()
    {
        var id = await fixture.CreateTicketAsync(Client, "HIGH");

        // Every request takes its turn on the row: each one's event is kept, and exactly the valid ones applied.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => fixture.DataAsync(Agent, """
            mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(input: { ticketId: $id, status: $s }) { errors { __typename } } }
            """, new { id, s = i % 2 == 0 ? "IN_PROGRESS" : "OPEN" })));

        var succeeded = results.Count(r => r.GetProperty("changeTicketStatus").GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.Equal(succeeded, await fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_events WHERE ticket_id = '{DeskFixture.TicketId(id)}' AND kind = 'STATUS_CHANGED'"));
        Assert.Equal(succeeded, await fixture.ScalarAsync<int>($"SELECT version FROM tickets WHERE id = '{DeskFixture.TicketId(id)}'"));
    }

    // The queue as the database orders it, first come first served.
    private async Task<List<Guid>> FifoOrderAsync(string priority)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            $"SELECT id FROM tickets WHERE priority = '{priority}' AND status IN ('NEW', 'OPEN') ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private async Task<List<(string Id, int Number, int Position, DateTimeOffset CreatedAt)>> QueueAsync(string priority)
    {
        var data = await fixture.DataAsync(Client, """
            query($p: TicketPriority!) {
              tickets(where: { priority: { eq: $p }, status: { in: [NEW, OPEN] } }, first: 100) { nodes { id numberValue queuePosition createdAt } }
            }
            """, new { p = priority });
        return [.. data.GetProperty("tickets").GetProperty("nodes").EnumerateArray().Select(t => (
            t.GetProperty("id").GetString()!,
            t.GetProperty("numberValue").GetInt32(),
            t.GetProperty("queuePosition").GetInt32(),
            t.GetProperty("createdAt").GetDateTimeOffset()))];
    }
}
