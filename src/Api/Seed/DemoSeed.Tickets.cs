using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Seed;

// The demo tickets: 200 tickets of the three client organizations across every status and priority, with
// replies, internal notes and their timelines. Everything derives from the ticket's index (ids from IdOf, times
// from a fixed start), so every database gets the same tickets; they are inserted once, under an advisory lock,
// so loading twice, or from two processes at once, adds nothing. Only the numbers come from the database's
// sequence, in index order.
public sealed partial class DemoSeed
{
    /// <summary>How many demo tickets <see cref="ApplyTicketsAsync"/> loads.</summary>
    public const int DemoTicketCount = 200;

    private static readonly DateTimeOffset TicketsStart = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] TicketTitles =
    [
        "Website is down", "Contact form sends no email", "Add a page for the spring campaign", "SSL certificate expires soon",
        "Update the plugin versions", "Checkout shows the wrong tax", "New mailbox for a colleague", "Slow admin dashboard",
        "Broken images on the blog", "DNS change for the new domain", "Export of last month's orders", "Login loop after the update",
    ];

    private static readonly (string Email, string Slug)[] TicketRequesters =
    [
        ("owner@acme.test", "acme"), ("member@acme.test", "acme"), ("owner@globex.test", "globex"), ("partner@northwind.test", "initech"),
    ];

    /// <summary>Loads the demo tickets unless they are there already.</summary>
    public async Task ApplyTicketsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(dataSource).Options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // One loader at a time; the second finds the tickets there and adds nothing.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('ktportal-demo-tickets'))", cancellationToken);
        var firstId = IdOf("ticket", "0");
        if (await db.Tickets.AnyAsync(t => t.Id == firstId, cancellationToken))
        {
            return;
        }

        var policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Priority, cancellationToken);
        var agent = IdOf("user", "agent@kre8ivtech.test");
        var admin = IdOf("user", "admin@kre8ivtech.test");
        var tickets = new List<Ticket>(DemoTicketCount);
        var seededAt = TimeProvider.System.GetUtcNow();
        var statuses = Enum.GetValues<TicketStatus>();
        var priorities = Enum.GetValues<TicketPriority>();
        for (var i = 0; i < DemoTicketCount; i++)
        {
            var (email, slug) = TicketRequesters[i % TicketRequesters.Length];
            var requester = IdOf("user", email);
            var priority = priorities[i * 7 % priorities.Length];
            var created = TicketsStart.AddHours(i * 7);
            var ticket = Ticket.Create(IdOf("ticket", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), IdOf("organization", slug), requester,
                TicketTitles[i % TicketTitles.Length], $"Demo ticket {i + 1}: {TicketTitles[i % TicketTitles.Length].ToLowerInvariant()}.",
                i % 3 == 0 ? TicketType.ServiceRequest : TicketType.Troubleshooting, SupportCategories[i % SupportCategories.Length], priority,
                i % 5 == 0 ? TicketSource.Email : TicketSource.Portal, policies[priority], created);
            tickets.Add(ticket);
            var events = new DemoTicketEvents(db, ticket, i);
            events.Add(TicketEventKind.Created, requester, created);

            var target = statuses[i % statuses.Length];
            var at = created;
            if (target != TicketStatus.New)
            {
                at = at.AddMinutes(20 + i % 90);
                events.Message(agent, "Thanks, we are looking into it.", isInternal: false, at);
                events.Message(admin, $"Internal: check the hosting account of {slug} first.", isInternal: true, at.AddMinutes(5));
                foreach (var step in PathTo(target))
                {
                    at = at.AddHours(2);
                    var from = ticket.Status;
                    ticket.TransitionTo(step, TicketActor.Staff, at);
                    events.Add(TicketEventKind.StatusChanged, agent, at, new Dictionary<string, string?> { ["from"] = EnumText.ToText(from), ["to"] = EnumText.ToText(step) });
                }

                if (target is TicketStatus.WaitingOnClient)
                {
                    events.Message(agent, "Could you send us a screenshot?", isInternal: false, at.AddMinutes(1));
                }

                if (target is TicketStatus.Resolved or TicketStatus.Closed && i % 2 == 0)
                {
                    events.Message(requester, "Works again, thank you!", isInternal: false, at.AddHours(1), TicketActor.Client);
                    db.TicketRatings.Add(TicketRating.Rate(IdOf("ticket-rating", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ticket,
                        3 + i % 3, i % 4 == 0 ? "Quick and friendly." : null, requester, at.AddHours(1)));
                    events.Add(TicketEventKind.Rated, requester, at.AddHours(1));
                }
            }

            ticket.AssignTo(target == TicketStatus.New ? null : agent, at);

            // History that ran late is flagged as the SLA job would have flagged it, so that the job's first scan
            // does not notify every agent of a hundred old breaches at once.
            if (SlaClock.IsBreached(ticket.FirstResponseDueAt, seededAt, ticket.SlaPausedAt, ticket.FirstRespondedAt))
            {
                ticket.MarkFirstResponseBreached(at);
            }

            if (SlaClock.IsBreached(ticket.ResolutionDueAt, seededAt, ticket.SlaPausedAt, ticket.ResolvedAt))
            {
                ticket.MarkResolutionBreached(at);
            }
        }

        // One by one, so the sequence numbers them in index order (EF Core orders a batch's inserts by key).
        var children = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        foreach (var ticket in tickets)
        {
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.AddRange(children);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The categories the demo tickets use (the defaults of <c>Support:Categories</c>).</summary>
    private static readonly string[] SupportCategories = ["general", "technical", "hosting", "email", "website", "bug"];

    private static TicketStatus[] PathTo(TicketStatus target) => target switch
    {
        TicketStatus.Open => [TicketStatus.Open],
        TicketStatus.InProgress => [TicketStatus.Open, TicketStatus.InProgress],
        TicketStatus.WaitingOnClient => [TicketStatus.InProgress, TicketStatus.WaitingOnClient],
        TicketStatus.Resolved => [TicketStatus.InProgress, TicketStatus.Resolved],
        TicketStatus.Closed => [TicketStatus.InProgress, TicketStatus.Resolved, TicketStatus.Closed],
        _ => [],
    };

    // Adds a demo ticket's messages and timeline with ids derived from the ticket's index.
    private sealed class DemoTicketEvents(PortalDbContext db, Ticket ticket, int index)
    {
        private int _next;

        public void Add(TicketEventKind kind, Guid actor, DateTimeOffset at, IReadOnlyDictionary<string, string?>? data = null, bool isInternal = false)
            => db.TicketEvents.Add(TicketEvent.Record(NextId("ticket-event"), ticket, kind, actor, at, data, isInternal));

        public void Message(Guid author, string body, bool isInternal, DateTimeOffset at, TicketActor actor = TicketActor.Staff)
        {
            var message = TicketMessage.Post(NextId("ticket-message"), ticket, author, actor, body, isInternal, [], at);
            db.TicketMessages.Add(message);
            Add(isInternal ? TicketEventKind.InternalNote : TicketEventKind.Replied, author, at,
                new Dictionary<string, string?> { ["messageId"] = message.Id.ToString() }, isInternal);
        }

        private Guid NextId(string kind) => IdOf(kind, $"{index}:{_next++}");
    }
}
