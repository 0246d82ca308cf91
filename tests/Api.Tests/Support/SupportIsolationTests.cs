using KtPortal.Api.Seed;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// Tenant isolation of tickets, messages and timelines, each layer with the other switched off (as in
/// <see cref="TenantIsolationTests"/>): the application's scope with row-level security bypassed, and row-level
/// security under queries that filter nothing. Acme has a ticket with a public reply and an internal note, Globex one.
/// </summary>
public sealed class SupportIsolationTests(SupportIsolationTests.Tickets fixture) : IClassFixture<SupportIsolationTests.Tickets>
{
    public sealed class Tickets : IAsyncLifetime
    {
        public TenantFixture Tenants { get; } = new();

        public async Task InitializeAsync()
        {
            await Tenants.InitializeAsync();
            await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(Tenants.Database.DataSource).Options);
            var policy = await db.SlaPolicies.SingleAsync(p => p.Priority == TicketPriority.Medium);
            var now = DateTimeOffset.UtcNow;
            var agent = DemoSeed.IdOf("user", "agent@kre8ivtech.test");
            foreach (var (slug, email) in new[] { ("acme", "owner@acme.test"), ("globex", "owner@globex.test") })
            {
                var ticket = Ticket.Create(Guid.NewGuid(), DemoSeed.IdOf("organization", slug), DemoSeed.IdOf("user", email), $"{slug} ticket", "", TicketType.Troubleshooting,
                    "general", TicketPriority.Medium, TicketSource.Portal, policy, now);
                db.Add(ticket);
                db.Add(TicketEvent.Record(Guid.NewGuid(), ticket, TicketEventKind.Created, ticket.RequesterId, now));
                var reply = TicketMessage.Post(Guid.NewGuid(), ticket, agent, TicketActor.Staff, "Public", isInternal: false, [], now);
                var note = TicketMessage.Post(Guid.NewGuid(), ticket, agent, TicketActor.Staff, "Internal", isInternal: true, [], now);
                db.AddRange(reply, note);
                db.Add(TicketEvent.Record(Guid.NewGuid(), ticket, TicketEventKind.InternalNote, agent, now, isInternal: true));
            }

            await db.SaveChangesAsync();
        }

        public Task DisposeAsync() => Tenants.DisposeAsync();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_client_sees_only_their_tickets_and_no_internal_note_or_event(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.Tenants.UserAsync("member@acme.test");
        var (scope, database) = fixture.Tenants.Layers(applicationFilter, rowLevelSecurity);

        var titles = await database.RunAsync(viewer, (db, ct) => TicketReader.Tickets(db, scope, viewer).Select(t => t.Title).ToListAsync(ct), default);
        var bodies = await database.RunAsync(viewer, (db, ct) => TicketReader.Messages(db, scope, viewer).Select(m => m.Body).ToListAsync(ct), default);
        var events = await database.RunAsync(viewer, (db, ct) => TicketReader.Events(db, scope, viewer).Select(e => e.Kind).ToListAsync(ct), default);

        Assert.Equal(["acme ticket"], titles);
        Assert.Equal(["Public"], bodies);
        Assert.Equal([TicketEventKind.Created], events);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Staff_see_every_ticket_and_every_internal_note(bool applicationFilter, bool rowLevelSecurity)
    {
        var viewer = await fixture.Tenants.UserAsync("agent@kre8ivtech.test");
        var (scope, database) = fixture.Tenants.Layers(applicationFilter, rowLevelSecurity);

        Assert.Equal(2, await database.RunAsync(viewer, (db, ct) => TicketReader.Tickets(db, scope, viewer).CountAsync(ct), default));
        Assert.Equal(4, await database.RunAsync(viewer, (db, ct) => TicketReader.Messages(db, scope, viewer).CountAsync(ct), default));
    }

    [Fact]
    public async Task With_both_layers_off_everything_is_visible_so_the_tests_above_can_fail()
    {
        var viewer = await fixture.Tenants.UserAsync("member@acme.test");
        var (scope, database) = fixture.Tenants.Layers(applicationFilter: false, rowLevelSecurity: false);

        Assert.Equal(2, await database.RunAsync(viewer, (db, ct) => TicketReader.Tickets(db, scope, viewer).CountAsync(ct), default));
        Assert.Equal(4, await database.RunAsync(viewer, (db, ct) => TicketReader.Messages(db, scope, viewer).CountAsync(ct), default));
    }

    [Fact]
    public async Task The_read_context_of_data_fields_runs_every_query_under_row_level_security()
    {
        var viewer = await fixture.Tenants.UserAsync("owner@globex.test");
        var (_, database) = fixture.Tenants.Layers(applicationFilter: false, rowLevelSecurity: true);
        await using var reads = new TenantReadContext(fixture.Tenants.Database.DataSource, database);
        var db = reads.For(viewer);

        // No filter at all in these queries: only the database's policies stand between the viewer and Acme's rows.
        Assert.Equal(["globex ticket"], await db.Tickets.Select(t => t.Title).ToListAsync());
        Assert.Equal(["Public"], await db.TicketMessages.Select(m => m.Body).ToListAsync());
        Assert.Equal(1, await db.TicketEvents.CountAsync());

        // Each query was a transaction of its own: the connection went back to the pool as the owner, without settings.
        await using var connection = await fixture.Tenants.Database.DataSource.OpenConnectionAsync();
        await using var who = new Npgsql.NpgsqlCommand("SELECT current_user = 'ktportal_app', coalesce(current_setting('app.org_ids', true), '')", connection);
        await using var reader = await who.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.False(reader.GetBoolean(0));
        Assert.Equal(string.Empty, reader.GetString(1));
    }

    [Fact]
    public async Task The_read_context_refuses_writes()
    {
        var viewer = await fixture.Tenants.UserAsync("owner@globex.test");
        var (_, database) = fixture.Tenants.Layers(applicationFilter: true, rowLevelSecurity: true);
        await using var reads = new TenantReadContext(fixture.Tenants.Database.DataSource, database);
        var db = reads.For(viewer);
        var ticket = await db.Tickets.AsTracking().FirstAsync();
        ticket.SetTags(["changed"], DateTimeOffset.UtcNow);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
