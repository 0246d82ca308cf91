using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Api.Tests.Tenancy;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// Several API nodes scanning at the same moment, each with its own connection pool, as two hosts behind a load
/// balancer do: every breach is flagged, written and notified exactly once.
/// </summary>
public sealed class SlaBreachConcurrencyTests(TenantFixture fixture) : IClassFixture<TenantFixture>
{
    private const int Tickets = 300;
    private const int Nodes = 4;

    [Fact]
    public async Task Parallel_scans_on_four_nodes_flag_and_notify_each_breach_exactly_once()
    {
        var acme = DemoSeed.IdOf("organization", "acme");
        var requester = DemoSeed.IdOf("user", "owner@acme.test");
        var created = DateTimeOffset.UtcNow.AddDays(-1);
        var ids = new HashSet<Guid>();
        for (var i = 0; i < Tickets; i++)
        {
            ids.Add(await TicketRows.InsertAsync(
                fixture.Database.DataSource, acme, requester, created.AddSeconds(i), TimeSpan.FromHours(1), TimeSpan.FromDays(30)));
        }

        var clock = new FakeTimeProvider(created.AddHours(5));
        // Small batches, so that the nodes interleave over many statements rather than one taking everything.
        var options = Options.Create(new SlaOptions { BreachBatchSize = 7 });
        var sources = Enumerable.Range(0, Nodes).Select(_ => fixture.Database.CreateDataSource()).ToList();
        try
        {
            using var start = new Barrier(Nodes);
            var scans = sources.Select(source => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await new SlaBreachScanner(source, clock, options).ScanAsync(default);
            }));
            var results = await Task.WhenAll(scans);

            var flagged = results.SelectMany(r => r).ToList();
            Assert.Equal(Tickets, flagged.Count);
            Assert.True(ids.SetEquals(flagged.Select(b => b.TicketId)));
            Assert.All(flagged, b => Assert.Equal(2, b.Notified));
            Assert.Equal((long)Tickets, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ticket_events WHERE kind = 'SLA_BREACHED'"));
            Assert.Equal(2L * Tickets, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'SLA_BREACHED'"));
            Assert.Equal(2L * Tickets, await fixture.Database.ScalarAsync<long>("SELECT count(DISTINCT dedupe_key) FROM notifications WHERE kind = 'SLA_BREACHED'"));
            Assert.Equal((long)Tickets, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE first_response_breached"));
            Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM tickets WHERE resolution_breached"));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }
}
