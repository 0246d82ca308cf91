using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Paging;

/// <summary>
/// Property-based: random orderings (ties, NULLs, enums stored as text) and random page sizes, walked to the end
/// forwards and backwards on PostgreSQL, must give exactly the oracle's order: every row once, no gap, no duplicate.
/// </summary>
public sealed class KeysetOracleTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private static readonly PagingOptions Options = new();

    [Fact]
    public async Task Walking_random_orderings_forwards_and_backwards_matches_the_oracle()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var requesterNames = database.Data.Users.ToDictionary(u => u.Id, u => u.DisplayName);
        for (var walk = 0; walk < 100; walk++)
        {
            var oracle = TicketOracle.Random(random, requesterNames);
            var organization = random.Next(2, 21);
            var pageSize = random.Next(1, 8) == 1 ? random.Next(1, 6) : random.Next(20, 101);
            var expected = database.Data.Tickets.Where(t => t.OrganizationId == organization).Order(oracle).Select(t => t.Id).ToList();
            var context = $"seed {seed}, walk {walk}, order {oracle}, organization {organization}, page size {pageSize}";

            // Whole entities run through EF Core; a projection is written as SQL by the data layer, and must be.
            foreach (var projected in (bool[])[false, true])
            {
                database.Log.Reset();
                var forwards = await WalkAsync(oracle, organization, pageSize, backward: false, projected);
                Assert.True(expected.SequenceEqual(forwards), $"forwards differs from the oracle: {context}, projected {projected}");

                var backwards = await WalkAsync(oracle, organization, pageSize, backward: true, projected);
                Assert.True(expected.SequenceEqual(backwards), $"backwards differs from the oracle: {context}, projected {projected}");
                Assert.True(!projected || database.Log.NotWritten.Count == 0, $"not written as SQL: {context}: {string.Join("; ", database.Log.NotWritten)}");
            }
        }
    }

    private async Task<List<int>> WalkAsync(TicketOracle oracle, int organization, int pageSize, bool backward, bool projected)
    {
        await using var db = database.CreateContext();
        var query = new DataQuery<Ticket>(db.Tickets).Where(t => t.OrganizationId == organization).OrderBy(oracle.SortKeys);
        if (projected)
        {
            query = query.Select(t => new Ticket { Id = t.Id });
        }

        var seen = new List<int>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 10_000, "the walk does not end");
            var arguments = backward ? new PagingArguments(Last: pageSize, Before: cursor) : new PagingArguments(First: pageSize, After: cursor);
            var page = await PageExecutor.ExecuteAsync(query, arguments, Options, countTotal: false, CancellationToken.None);
            var ids = page.Nodes.Select(t => t.Id);
            if (backward)
            {
                seen.InsertRange(0, ids);
            }
            else
            {
                seen.AddRange(ids);
            }

            var more = backward ? page.PageInfo.HasPreviousPage : page.PageInfo.HasNextPage;
            Assert.Equal(cursor is not null, backward ? page.PageInfo.HasNextPage : page.PageInfo.HasPreviousPage);
            if (!more)
            {
                return seen;
            }

            Assert.Equal(pageSize, page.Edges.Count);
            cursor = backward ? page.PageInfo.StartCursor : page.PageInfo.EndCursor;
        }
    }
}
