using KtPortal.Domain.Identity;
using KtPortal.Domain.Notifications;
using KtPortal.Domain.Support;
using KtPortal.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Domain.Tests.Support;

/// <summary>
/// The support desk's tables (migration 0009) against the EF model, and the database's own rules: numbers from the
/// sequence, one rating per resolution, row-level security for tenants and for internal notes, the queue function.
/// </summary>
public sealed class SupportSchemaTests(ModelMatchesSchemaTests.MigratedDatabase database)
    : IClassFixture<ModelMatchesSchemaTests.MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private sealed record Tenant(Organization Organization, User Client, User Staff);

    private async Task<Tenant> CreateTenantAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organization = new Organization(Guid.NewGuid(), "Client", "client-" + suffix, OrganizationKind.Client);
        var client = new User(Guid.NewGuid(), $"client-{suffix}@example.test", "Client");
        var staff = new User(Guid.NewGuid(), $"staff-{suffix}@example.test", "Staff");
        await using var context = database.CreateContext();
        context.AddRange(organization, client, staff, Membership.Create(Guid.NewGuid(), client, organization, MembershipRole.Member));
        await context.SaveChangesAsync();
        return new Tenant(organization, client, staff);
    }

    private async Task<Ticket> CreateTicketAsync(Tenant tenant, TicketPriority priority = TicketPriority.Medium, DateTimeOffset? at = null)
    {
        await using var context = database.CreateContext();
        var policy = await context.SlaPolicies.SingleAsync(p => p.Priority == priority);
        var ticket = Ticket.Create(Guid.NewGuid(), tenant.Organization.Id, tenant.Client.Id, "Printer", "It jams.", TicketType.Troubleshooting,
            "hardware", priority, TicketSource.Portal, policy, at ?? Now);
        context.Add(ticket);
        context.Add(TicketEvent.Record(Guid.NewGuid(), ticket, TicketEventKind.Created, tenant.Client.Id, Now));
        await context.SaveChangesAsync();
        return ticket;
    }

    /// <summary>Runs <paramref name="sql"/> as the application role with the given tenant settings, as TenantDatabase does.</summary>
    private async Task<T?> AsAppAsync<T>(string sql, Guid[] organizations, Guid? userId, bool staff)
    {
        await using var connection = await database.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var enter = new NpgsqlCommand("SET LOCAL ROLE ktportal_app", connection))
        {
            await enter.ExecuteNonQueryAsync();
        }

        await using (var settings = new NpgsqlCommand(
            "SELECT set_config('app.org_ids', $1, true), set_config('app.user_id', $2, true), set_config('app.is_staff', $3, true)", connection))
        {
            settings.Parameters.Add(new NpgsqlParameter { Value = "{" + string.Join(',', organizations) + "}" });
            settings.Parameters.Add(new NpgsqlParameter { Value = userId?.ToString() ?? string.Empty });
            settings.Parameters.Add(new NpgsqlParameter { Value = staff ? "on" : "off" });
            await settings.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        var result = await command.ExecuteScalarAsync();
        await transaction.CommitAsync();
        return result is null or DBNull ? default : (T)result;
    }

    [Fact]
    public async Task Tickets_AreNumberedByTheSequenceFrom1001AndRoundTrip()
    {
        var tenant = await CreateTenantAsync();
        var first = await CreateTicketAsync(tenant, TicketPriority.Urgent);
        var second = await CreateTicketAsync(tenant, TicketPriority.Urgent);

        Assert.True(first.Number >= 1001);
        Assert.True(second.Number > first.Number);
        await using var context = database.CreateContext();
        var loaded = await context.Tickets.SingleAsync(t => t.Id == first.Id);
        Assert.Equal(TicketPriority.Urgent, loaded.Priority);
        Assert.Equal(Now.AddMinutes(60), loaded.FirstResponseDueAt);
        Assert.Equal(Now.AddMinutes(240), loaded.ResolutionDueAt);
        Assert.Equal("{}", loaded.CustomFields);
        Assert.Equal("TROUBLESHOOTING", await database.Database.ScalarAsync<string>($"SELECT type FROM tickets WHERE id = '{first.Id}'"));
    }

    [Fact]
    public async Task AStaleUpdate_FailsOnTheVersionToken()
    {
        var ticket = await CreateTicketAsync(await CreateTenantAsync());
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Tickets.SingleAsync(t => t.Id == ticket.Id);
        var b = await second.Tickets.SingleAsync(t => t.Id == ticket.Id);
        a.TransitionTo(TicketStatus.Open, TicketActor.Staff, Now);
        b.TransitionTo(TicketStatus.InProgress, TicketActor.Staff, Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task MessagesEventsRatingsLinksAndNotifications_RoundTrip()
    {
        var tenant = await CreateTenantAsync();
        var ticket = await CreateTicketAsync(tenant);
        var other = await CreateTicketAsync(tenant);
        await using (var context = database.CreateContext())
        {
            context.Attach(ticket);
            var message = TicketMessage.Post(Guid.NewGuid(), ticket, tenant.Staff.Id, TicketActor.Staff, "Fixed.", isInternal: false,
                [new TicketAttachment("fix.png", "image/png", 2048)], Now.AddMinutes(5));
            context.Add(message);
            context.Add(TicketEvent.Record(Guid.NewGuid(), ticket, TicketEventKind.Replied, tenant.Staff.Id, Now.AddMinutes(5),
                new Dictionary<string, string?> { ["messageId"] = message.Id.ToString() }));
            ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Now.AddMinutes(6));
            context.Add(TicketRating.Rate(Guid.NewGuid(), ticket, 5, "Quick!", tenant.Client.Id, Now.AddMinutes(7)));
            context.Add(TicketLink.Link(ticket, other, tenant.Staff.Id, Now));
            context.Add(new Notification(Guid.NewGuid(), tenant.Client.Id, tenant.Organization.Id, "TICKET_REPLIED", "New reply", "Fixed.", "{}", Now,
                "reply:" + message.Id));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var message = await context.TicketMessages.SingleAsync(m => m.TicketId == ticket.Id);
            Assert.Equal([new TicketAttachment("fix.png", "image/png", 2048)], message.Attachments);
            Assert.Equal(TicketEventKind.Replied, (await context.TicketEvents.SingleAsync(e => e.TicketId == ticket.Id && e.Kind == TicketEventKind.Replied)).Kind);
            Assert.Equal(1, (await context.TicketRatings.SingleAsync(r => r.TicketId == ticket.Id)).Resolution);
            Assert.Single(await context.TicketLinks.Where(l => l.TicketId == ticket.Id || l.RelatedTicketId == ticket.Id).ToListAsync());
            var loaded = await context.Tickets.SingleAsync(t => t.Id == ticket.Id);
            Assert.Equal(Now.AddMinutes(5), loaded.FirstRespondedAt);
            Assert.Equal(TicketStatus.Resolved, loaded.Status);
        }

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => database.Database.ScalarAsync<int>(
            $"INSERT INTO ticket_ratings (id, ticket_id, organization_id, resolution, score, rated_by_id, created_at) " +
            $"VALUES (gen_random_uuid(), '{ticket.Id}', '{tenant.Organization.Id}', 1, 3, '{tenant.Client.Id}', now()) RETURNING 1"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
    }

    [Fact]
    public async Task AMessageInAnotherOrganizationThanItsTicket_IsRefusedByTheSchema()
    {
        var tenant = await CreateTenantAsync();
        var stranger = await CreateTenantAsync();
        var ticket = await CreateTicketAsync(tenant);

        var exception = await Assert.ThrowsAsync<PostgresException>(() => database.Database.ScalarAsync<int>(
            $"INSERT INTO ticket_messages (id, ticket_id, organization_id, author_id, body, internal, created_at) " +
            $"VALUES (gen_random_uuid(), '{ticket.Id}', '{stranger.Organization.Id}', '{tenant.Client.Id}', 'x', false, now()) RETURNING 1"));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, exception.SqlState);
    }

    [Fact]
    public async Task RowLevelSecurity_HidesInternalNotesFromNonStaffAndOtherTenantsTickets()
    {
        var tenant = await CreateTenantAsync();
        var stranger = await CreateTenantAsync();
        var ticket = await CreateTicketAsync(tenant);
        await using (var context = database.CreateContext())
        {
            context.Attach(ticket);
            context.Add(TicketMessage.Post(Guid.NewGuid(), ticket, tenant.Staff.Id, TicketActor.Staff, "Public", false, [], Now));
            context.Add(TicketMessage.Post(Guid.NewGuid(), ticket, tenant.Staff.Id, TicketActor.Staff, "Internal", true, [], Now));
            context.Add(TicketEvent.Record(Guid.NewGuid(), ticket, TicketEventKind.InternalNote, tenant.Staff.Id, Now, isInternal: true));
            await context.SaveChangesAsync();
        }

        var orgs = new[] { tenant.Organization.Id };
        var messages = $"SELECT count(*) FROM ticket_messages WHERE ticket_id = '{ticket.Id}'";
        var events = $"SELECT count(*) FROM ticket_events WHERE ticket_id = '{ticket.Id}'";
        Assert.Equal(1L, await AsAppAsync<long>(messages, orgs, tenant.Client.Id, staff: false));
        Assert.Equal(2L, await AsAppAsync<long>(messages, [], tenant.Staff.Id, staff: true));
        Assert.Equal(1L, await AsAppAsync<long>(events, orgs, tenant.Client.Id, staff: false));
        Assert.Equal(2L, await AsAppAsync<long>(events, [], tenant.Staff.Id, staff: true));
        Assert.Equal(0L, await AsAppAsync<long>(messages, [stranger.Organization.Id], stranger.Client.Id, staff: false));
        Assert.Equal(0L, await AsAppAsync<long>($"SELECT count(*) FROM tickets WHERE id = '{ticket.Id}'", [stranger.Organization.Id], stranger.Client.Id, staff: false));

        var insert = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync<int>(
            $"INSERT INTO ticket_messages (id, ticket_id, organization_id, author_id, body, internal, created_at) " +
            $"VALUES (gen_random_uuid(), '{ticket.Id}', '{tenant.Organization.Id}', '{tenant.Client.Id}', 'sneaky', true, now()) RETURNING 1",
            orgs, tenant.Client.Id, staff: false));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
    }

    [Fact]
    public async Task QueuePosition_CountsEveryTenantsQueuedTicketsOfThePriorityButAnswersOnlyForVisibleTickets()
    {
        // No other test of this class files LOW tickets, and these are older than any other.
        var tenant = await CreateTenantAsync();
        var stranger = await CreateTenantAsync();
        var baseTime = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var first = await CreateTicketAsync(stranger, TicketPriority.Low, baseTime);
        var second = await CreateTicketAsync(tenant, TicketPriority.Low, baseTime.AddMinutes(1));
        var resolved = await CreateTicketAsync(tenant, TicketPriority.Low, baseTime.AddMinutes(2));
        await using (var context = database.CreateContext())
        {
            context.Attach(resolved);
            resolved.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Now);
            await context.SaveChangesAsync();
        }

        var orgs = new[] { tenant.Organization.Id };
        Assert.Equal(2, await AsAppAsync<int>($"SELECT ticket_queue_position('{second.Id}')", orgs, tenant.Client.Id, staff: false));
        Assert.Equal(0, await AsAppAsync<int>($"SELECT coalesce(ticket_queue_position('{resolved.Id}'), 0)", orgs, tenant.Client.Id, staff: false));
        Assert.Equal(0, await AsAppAsync<int>($"SELECT coalesce(ticket_queue_position('{first.Id}'), 0)", orgs, tenant.Client.Id, staff: false));
        Assert.Equal(1, await AsAppAsync<int>($"SELECT ticket_queue_position('{first.Id}')", [], tenant.Staff.Id, staff: true));
    }

    [Fact]
    public async Task SlaPolicies_AreSeededForEveryPriority()
    {
        await using var context = database.CreateContext();

        var policies = await context.SlaPolicies.ToListAsync();

        Assert.Equal(Enum.GetValues<TicketPriority>().Order(), policies.Select(p => p.Priority).Order());
    }

    [Fact]
    public async Task Notifications_AreReadableOnlyByTheirRecipient_StaffIncluded()
    {
        var tenant = await CreateTenantAsync();
        await using (var context = database.CreateContext())
        {
            context.Add(new Notification(Guid.NewGuid(), tenant.Client.Id, tenant.Organization.Id, "TEST", "Hi", "", "{}", Now));
            await context.SaveChangesAsync();
        }

        var sql = $"SELECT count(*) FROM notifications WHERE user_id = '{tenant.Client.Id}'";
        Assert.Equal(1L, await AsAppAsync<long>(sql, [tenant.Organization.Id], tenant.Client.Id, staff: false));
        Assert.Equal(0L, await AsAppAsync<long>(sql, [], tenant.Staff.Id, staff: true));
    }
}
