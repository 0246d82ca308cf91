using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Data.Tests.TestModel;

namespace KtPortal.GraphQL.Data.Tests.Paging;

/// <summary>
/// Rows inserted while a client walks a connection: keyset cursors neither repeat a row already seen nor skip a
/// row that was there before the walk; new rows show up exactly when they sort beyond the cursor.
/// </summary>
public sealed class KeysetInsertionTests(DeskDatabase database) : IClassFixture<DeskDatabase>
{
    private static readonly PagingOptions Options = new();

    [Fact]
    public async Task Rows_inserted_between_pages_never_reappear_and_never_hide_earlier_rows()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var (organizationId, requesterId) = await CreateOrganizationAsync();
        await InsertTicketsAsync(random, organizationId, requesterId, 150);

        for (var walk = 0; walk < 12; walk++)
        {
            var oracle = TicketOracle.Random(random);
            var backward = walk % 2 == 1;
            var pageSize = random.Next(3, 30);
            var context = $"seed {seed}, walk {walk}, order {oracle}, page size {pageSize}, {(backward ? "backward" : "forward")}";
            var before = await LoadAsync(organizationId);
            var seen = new List<Ticket>();
            var mustAppear = new HashSet<int>(before.Select(t => t.Id));
            string? cursor = null;
            while (true)
            {
                await using var db = database.CreateContext();
                var query = new DataQuery<Ticket>(db.Tickets).Where(t => t.OrganizationId == organizationId).OrderBy(oracle.SortKeys);
                var arguments = backward ? new PagingArguments(Last: pageSize, Before: cursor) : new PagingArguments(First: pageSize, After: cursor);
                var page = await PageExecutor.ExecuteAsync(query, arguments, Options, countTotal: false, CancellationToken.None);
                var nodes = backward ? page.Nodes.Reverse().ToList() : [.. page.Nodes];
                seen.AddRange(nodes);
                var more = backward ? page.PageInfo.HasPreviousPage : page.PageInfo.HasNextPage;
                if (!more)
                {
                    break;
                }

                cursor = backward ? page.PageInfo.StartCursor : page.PageInfo.EndCursor;

                // New rows, some of which sort beyond the cursor (they must appear) and some behind it (they must not).
                var last = seen[^1];
                foreach (var inserted in await InsertTicketsAsync(random, organizationId, requesterId, random.Next(0, 6)))
                {
                    var beyond = backward ? oracle.Compare(inserted, last) < 0 : oracle.Compare(inserted, last) > 0;
                    if (beyond)
                    {
                        mustAppear.Add(inserted.Id);
                    }
                }
            }

            for (var i = 1; i < seen.Count; i++)
            {
                var order = oracle.Compare(seen[i - 1], seen[i]);
                Assert.True(backward ? order > 0 : order < 0, $"rows {seen[i - 1].Id} and {seen[i].Id} are out of order or repeated: {context}");
            }

            var ids = seen.Select(t => t.Id).ToHashSet();
            Assert.True(mustAppear.IsSubsetOf(ids), $"rows were skipped ({string.Join(", ", mustAppear.Except(ids))}): {context}");
            var afterWalk = (await LoadAsync(organizationId)).Select(t => t.Id).ToHashSet();
            Assert.True(ids.IsSubsetOf(afterWalk), $"rows that do not exist were returned: {context}");
        }
    }

    private async Task<List<Ticket>> LoadAsync(int organizationId)
    {
        await using var db = database.CreateContext();
        return [.. db.Tickets.Where(t => t.OrganizationId == organizationId)];
    }

    private async Task<(int OrganizationId, int RequesterId)> CreateOrganizationAsync()
    {
        await using var db = database.CreateContext();
        var organization = new Organization { Name = "Walkers", Kind = OrganizationKind.Client, CreatedAt = DeskData.Epoch };
        var user = new User { Organization = organization, Email = "walker@example.test", DisplayName = "Walker" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (organization.Id, user.Id);
    }

    private async Task<List<Ticket>> InsertTicketsAsync(Random random, int organizationId, int requesterId, int count)
    {
        await using var db = database.CreateContext();
        var tickets = Enumerable.Range(0, count).Select(_ => new Ticket
        {
            OrganizationId = organizationId,
            RequesterId = requesterId,
            Number = random.Next(100_000),
            Title = ((string[])["Login", "login", "Backup", "Café"])[random.Next(4)],
            Description = "inserted while walking",
            Status = (TicketStatus)random.Next(6),
            Priority = (TicketPriority)random.Next(4),
            IsBillable = random.Next(2) == 0,
            EstimatedMinutes = random.Next(3) == 0 ? null : random.Next(1, 4) * 15,
            CreatedAt = DeskData.Epoch.AddMinutes(random.Next(5) * 7),
            ResolvedAt = random.Next(2) == 0 ? null : DeskData.Epoch.AddHours(random.Next(3)),
        }).ToList();
        db.Tickets.AddRange(tickets);
        await db.SaveChangesAsync();
        return tickets;
    }
}
