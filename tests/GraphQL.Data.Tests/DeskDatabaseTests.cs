using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.GraphQL.Data.Tests;

public sealed class DeskDatabaseTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    [Fact]
    public async Task The_generated_data_is_in_the_database_and_the_model_maps_it()
    {
        await using var context = database.CreateContext();

        Assert.Equal(10_000, await context.Tickets.CountAsync());
        Assert.Equal(database.Data.Messages.Count, await context.Messages.CountAsync());
        var ticket = await context.Tickets.Include(t => t.Requester).SingleAsync(t => t.Id == 77);
        var expected = database.Data.Tickets[76];
        Assert.Equal((expected.Title, expected.Status, expected.CreatedAt), (ticket.Title, ticket.Status, ticket.CreatedAt));
        Assert.Equal(expected.Tags, ticket.Tags);
        Assert.Equal(expected.RequesterId, ticket.Requester!.Id);
    }

    [Fact]
    public void Sort_keys_have_ties_so_paging_meets_them()
    {
        var tickets = database.Data.Tickets;

        Assert.True(tickets.Select(t => t.CreatedAt).Distinct().Count() < tickets.Count / 4);
        Assert.Contains(tickets, t => t.EstimatedMinutes is null);
        Assert.Contains(tickets, t => t.Title.StartsWith("login", StringComparison.Ordinal));
        Assert.Contains(tickets, t => t.Title.StartsWith("LOGIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_statement_counter_sees_each_statement()
    {
        await using var context = database.CreateContext();
        database.Statements.Reset();

        _ = await context.Tickets.Where(t => t.Priority == TicketPriority.Urgent).Take(5).ToListAsync();

        var statement = Assert.Single(database.Statements.Statements);
        Assert.Contains("FROM tickets", statement, StringComparison.Ordinal);
    }
}
