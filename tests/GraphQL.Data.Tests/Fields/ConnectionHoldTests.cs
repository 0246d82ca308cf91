using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json.Nodes;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>
/// <see cref="PagingOptions.HoldConnection"/>: the statements of one execution share one opening of the context's
/// connection (one PostgreSQL backend), which is closed when the execution ends, however it ended. Turned off,
/// every statement opens and closes the connection, as EF Core does on its own.
/// </summary>
public sealed class ConnectionHoldTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private const string TwoLevels = """
        {
          tickets(first: 10, order: [{ number: ASC }]) {
            nodes { number messages(first: 2) { nodes { id } } }
          }
        }
        """;

    [Fact]
    public async Task The_statements_of_one_request_share_one_opening_of_the_connection()
    {
        var log = new ConnectionLog();
        await using var api = new DeskApi(() => log.CreateContext(database));

        var json = await api.RunAsync(TwoLevels);

        AssertTwoLevels(json);
        Assert.Equal(1, log.Opens);
        Assert.Equal(1, log.Closes);
        Assert.Equal(2, log.Backends.Count);
        Assert.Single(log.Backends.Distinct());
    }

    [Fact]
    public async Task Without_the_hold_every_statement_opens_the_connection()
    {
        var log = new ConnectionLog();
        await using var api = new DeskApi(() => log.CreateContext(database), paging: new PagingOptions { HoldConnection = false });

        var json = await api.RunAsync(TwoLevels);

        AssertTwoLevels(json);
        Assert.Equal(2, log.Opens);
        Assert.Equal(2, log.Closes);
        Assert.Equal(2, log.Backends.Count);
    }

    [Fact]
    public async Task A_request_whose_nested_field_fails_after_the_first_statement_still_closes_the_connection()
    {
        var log = new ConnectionLog();
        await using var api = new DeskApi(() => log.CreateContext(database));

        // The tickets' statement runs; then every ticket's messages field rejects its cursor.
        var json = await api.RunAsync("""{ tickets(first: 3, order: [{ number: ASC }]) { nodes { number messages(first: 2, after: "not a cursor") { nodes { id } } } } }""");

        var response = JsonNode.Parse(json)!;
        Assert.NotEmpty(response["errors"]!.AsArray());
        Assert.Equal(1, log.Opens);
        Assert.Equal(1, log.Closes);
        Assert.Single(log.Backends);
    }

    [Fact]
    public async Task Parallel_requests_each_hold_their_own_connection_and_give_it_back()
    {
        var log = new ConnectionLog();
        await using var api = new DeskApi(() => log.CreateContext(database));

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => api.RunAsync(TwoLevels)));

        Assert.All(responses, AssertTwoLevels);
        Assert.Equal(16, log.Opens);
        Assert.Equal(16, log.Closes);
        Assert.Equal(32, log.Backends.Count);
    }

    private void AssertTwoLevels(string json)
    {
        var response = JsonNode.Parse(json)!;
        Assert.Null(response["errors"]);
        var nodes = response["data"]!["tickets"]!["nodes"]!.AsArray();
        var tickets = database.Data.Tickets.OrderBy(t => t.Number).Take(10).ToList();
        Assert.Equal(tickets.Select(t => t.Number), nodes.Select(n => (int)n!["number"]!));
        for (var i = 0; i < tickets.Count; i++)
        {
            var expected = database.Data.Messages.Where(m => m.TicketId == tickets[i].Id).OrderBy(m => m.Id).Take(2).Select(m => m.Id);
            Assert.Equal(expected, nodes[i]!["messages"]!["nodes"]!.AsArray().Select(m => (int)m!["id"]!));
        }
    }

    /// <summary>Counts the openings and closings of the contexts' connections, and the backend each statement ran on.</summary>
    private sealed class ConnectionLog : IDbConnectionInterceptor, IDbCommandInterceptor
    {
        private int _opens;
        private int _closes;

        public int Opens => Volatile.Read(ref _opens);

        public int Closes => Volatile.Read(ref _closes);

        public ConcurrentQueue<int> Backends { get; } = new();

        public DeskContext CreateContext(DeskDatabase database) => new(DeskContext.Options(database.ConnectionString, this));

        public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _opens);
            return Task.CompletedTask;
        }

        public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opens);

        public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            Interlocked.Increment(ref _closes);
            return Task.CompletedTask;
        }

        public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _closes);

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Backends.Enqueue(((NpgsqlConnection)command.Connection!).ProcessID);
            return ValueTask.FromResult(result);
        }
    }
}
