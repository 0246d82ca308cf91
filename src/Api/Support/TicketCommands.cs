using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Support;

/// <summary>
/// The ticket mutations' work. Each runs in one tenant transaction (both isolation layers), locks the ticket row
/// it changes (<c>FOR UPDATE</c>, so parallel requests on one ticket take turns and none is lost), writes the
/// change and its timeline event, commits, and only then publishes. A rejected request throws one of the
/// declared exceptions before the commit, so nothing is written.
/// </summary>
public sealed class TicketCommands(
    TenantDatabase database, TenantScope scope, TimeProvider clock, TicketPublisher publisher, IOptions<SupportOptions> options)
{
    /// <summary>The result of a command: the ticket and the message to publish.</summary>
    private sealed record Outcome(Guid TicketId, TicketChangedMessage Message, bool Created, TicketPriority[] Queues, object? Extra = null);

    /// <summary>Files a ticket for the caller's organization (staff and partners name it).</summary>
    public async Task<Guid> CreateAsync(Viewer viewer, NewTicket input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(input);
        var requester = viewer.UserId ?? throw new TicketActionNotAllowedException("Only a signed-in user can file a ticket.");
        if (Ticket.Validate(input.Title, input.Description, "-") is { } problem)
        {
            throw new InvalidTicketInputException(string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > Ticket.MaxTitleLength ? "title" : "description", problem);
        }

        var category = options.Value.EffectiveCategories.FirstOrDefault(c => string.Equals(c, input.Category?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidTicketInputException("category", $"The category must be one of: {string.Join(", ", options.Value.EffectiveCategories)}.");

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var organizationId = await OrganizationForAsync(db, viewer, input.OrganizationId, ct);
            var now = clock.GetUtcNow();
            var policy = await db.SlaPolicies.SingleAsync(p => p.Priority == input.Priority, ct);
            var ticket = Ticket.Create(Guid.CreateVersion7(now), organizationId, requester, input.Title!, input.Description ?? string.Empty, input.Type,
                category, input.Priority, input.Source, policy, now);
            db.Tickets.Add(ticket);
            db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.Created, requester, now));
            await db.SaveChangesAsync(ct);
            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.Created), Created: true, Queues: [ticket.Priority]);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
        return outcome.TicketId;
    }

    /// <summary>Changes a ticket's status along the transition table.</summary>
    public async Task ChangeStatusAsync(Viewer viewer, Guid ticketId, TicketStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var actor = ActorOf(viewer);
        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            var from = ticket.Status;
            var now = clock.GetUtcNow();
            switch (ticket.TransitionTo(status, actor, now))
            {
                case TransitionCheck.Allowed:
                    break;
                case TransitionCheck.StaffOnly:
                    throw new TicketActionNotAllowedException("Clients may only close or reopen a ticket.");
                default:
                    throw new InvalidTicketTransitionException(from, status);
            }

            db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.StatusChanged, viewer.UserId, now,
                new Dictionary<string, string?> { ["from"] = EnumText.ToText(from), ["to"] = EnumText.ToText(status) }));
            await db.SaveChangesAsync(ct);
            var queueChanged = TicketReader.IsQueued(from) != TicketReader.IsQueued(status);
            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.StatusChanged), Created: false, Queues: queueChanged ? [ticket.Priority] : []);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
    }

    /// <summary>Assigns a ticket to a staff member, or unassigns it (staff only).</summary>
    public async Task AssignAsync(Viewer viewer, Guid ticketId, Guid? assigneeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsStaff)
        {
            throw new TicketActionNotAllowedException("Only staff assign tickets.");
        }

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            if (assigneeId is { } id && !await IsStaffAsync(db, id, ct))
            {
                throw new InvalidTicketInputException("assigneeId", "Tickets are assigned to staff members only.");
            }

            var now = clock.GetUtcNow();
            if (ticket.AssignTo(assigneeId, now))
            {
                db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.Assigned, viewer.UserId, now,
                    new Dictionary<string, string?> { ["assigneeId"] = assigneeId?.ToString() ?? string.Empty }));
                await db.SaveChangesAsync(ct);
            }

            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.Assigned), Created: false, Queues: []);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
    }

    /// <summary>Posts a reply or (staff only) an internal note; a client's reply to a ticket waiting on them reopens it.</summary>
    /// <returns>The new message's id.</returns>
    public async Task<Guid> AddMessageAsync(Viewer viewer, Guid ticketId, string body, bool isInternal, IReadOnlyList<TicketAttachment> attachments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(attachments);
        var author = viewer.UserId ?? throw new TicketActionNotAllowedException("Only a signed-in user can post on a ticket.");
        var actor = ActorOf(viewer);
        if (isInternal && actor != TicketActor.Staff)
        {
            throw new TicketActionNotAllowedException("Only staff post internal notes.");
        }

        if (TicketMessage.Validate(body, attachments) is { } problem)
        {
            throw new InvalidTicketInputException(string.IsNullOrWhiteSpace(body) || body.Trim().Length > TicketMessage.MaxBodyLength ? "body" : "attachments", problem);
        }

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            var now = clock.GetUtcNow();
            var message = TicketMessage.Post(Guid.CreateVersion7(now), ticket, author, actor, body, isInternal, attachments, now);
            db.TicketMessages.Add(message);
            db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, isInternal ? TicketEventKind.InternalNote : TicketEventKind.Replied, author, now,
                new Dictionary<string, string?> { ["messageId"] = message.Id.ToString() }, isInternal));
            TicketPriority[] queues = [];
            if (actor == TicketActor.Client && ticket.Status == TicketStatus.WaitingOnClient)
            {
                // The client answered: the ticket is back with the agency and its SLA clock runs again.
                ticket.TransitionTo(TicketStatus.Open, TicketActor.Staff, now);
                db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.StatusChanged, author, now,
                    new Dictionary<string, string?> { ["from"] = EnumText.ToText(TicketStatus.WaitingOnClient), ["to"] = EnumText.ToText(TicketStatus.Open) }));
                queues = [ticket.Priority];
            }

            await db.SaveChangesAsync(ct);
            var kind = isInternal ? TicketEventKind.InternalNote : TicketEventKind.Replied;
            return new Outcome(ticket.Id, Message(ticket, kind) with { Internal = isInternal }, Created: false, queues, message.Id);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
        return (Guid)outcome.Extra!;
    }

    /// <summary>Rates the current resolution of a resolved or closed ticket, once, by a member of its organization.</summary>
    public async Task RateAsync(Viewer viewer, Guid ticketId, int score, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var rater = viewer.UserId ?? throw new TicketActionNotAllowedException("Only a signed-in user can rate a ticket.");
        if (TicketRating.Validate(score, comment) is { } problem)
        {
            throw new InvalidTicketInputException(score is < 1 or > 5 ? "score" : "comment", problem);
        }

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            if (!await db.Memberships.AnyAsync(m => m.UserId == rater && m.OrganizationId == ticket.OrganizationId, ct))
            {
                throw new TicketActionNotAllowedException("Only members of the ticket's organization rate it.");
            }

            if (!ticket.IsRateable)
            {
                throw new TicketNotRateableException();
            }

            // The ticket row is locked, so no other rating of this resolution can slip in between.
            if (await db.TicketRatings.AnyAsync(r => r.TicketId == ticket.Id && r.Resolution == ticket.Resolutions, ct))
            {
                throw new TicketAlreadyRatedException();
            }

            var now = clock.GetUtcNow();
            db.TicketRatings.Add(TicketRating.Rate(Guid.CreateVersion7(now), ticket, score, comment, rater, now));
            db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.Rated, rater, now,
                new Dictionary<string, string?> { ["score"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            await db.SaveChangesAsync(ct);
            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.Rated), Created: false, Queues: []);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
    }

    /// <summary>Changes a ticket's priority, tags and custom fields, each only when given (staff only).</summary>
    public async Task UpdateAsync(Viewer viewer, Guid ticketId, TicketPriority? priority, IReadOnlyList<string>? tags, string? customFields,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsStaff)
        {
            throw new TicketActionNotAllowedException("Only staff edit tickets.");
        }

        if (tags is not null && (tags.Count > Ticket.MaxTags || tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > Ticket.MaxTagLength)))
        {
            throw new InvalidTicketInputException("tags", $"A ticket has at most {Ticket.MaxTags} tags of 1 to 50 characters.");
        }

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            var now = clock.GetUtcNow();
            var before = ticket.Priority;
            TicketPriority[] queues = [];
            if (priority is { } newPriority && newPriority != ticket.Priority
                && ticket.ChangePriority(await db.SlaPolicies.SingleAsync(p => p.Priority == newPriority, ct), now))
            {
                db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.PriorityChanged, viewer.UserId, now,
                    new Dictionary<string, string?> { ["from"] = EnumText.ToText(before), ["to"] = EnumText.ToText(newPriority) }));
                queues = ticket.IsQueued ? [before, newPriority] : [];
            }

            if (tags is not null || customFields is not null)
            {
                if (tags is not null)
                {
                    ticket.SetTags(tags, now);
                }

                if (customFields is not null)
                {
                    try
                    {
                        ticket.SetCustomFields(customFields, now);
                    }
                    catch (ArgumentException exception)
                    {
                        throw new InvalidTicketInputException("customFields", exception.Message);
                    }
                }

                db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.Edited, viewer.UserId, now,
                    new Dictionary<string, string?> { ["tags"] = tags is null ? null : string.Join(',', ticket.Tags), ["customFields"] = customFields is null ? null : "changed" }));
            }

            await db.SaveChangesAsync(ct);
            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.Edited), Created: false, queues);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
    }

    /// <summary>Marks two tickets of one organization as related (staff only).</summary>
    public async Task LinkAsync(Viewer viewer, Guid ticketId, Guid relatedTicketId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.IsStaff)
        {
            throw new TicketActionNotAllowedException("Only staff relate tickets.");
        }

        var outcome = await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await LockAsync(db, viewer, ticketId, ct);
            var related = await scope.OwnedRows(db.Tickets, t => t.OrganizationId, viewer).SingleOrDefaultAsync(t => t.Id == relatedTicketId, ct)
                ?? throw new InvalidTicketInputException("relatedTicketId", "The related ticket does not exist.");
            if (related.Id == ticket.Id || related.OrganizationId != ticket.OrganizationId)
            {
                throw new InvalidTicketInputException("relatedTicketId", "A ticket relates only to another ticket of the same organization.");
            }

            var (first, second) = TicketLink.Order(ticket.Id, related.Id);
            if (!await db.TicketLinks.AnyAsync(l => l.TicketId == first && l.RelatedTicketId == second, ct))
            {
                var now = clock.GetUtcNow();
                db.TicketLinks.Add(TicketLink.Link(ticket, related, viewer.UserId, now));
                db.TicketEvents.Add(TicketEvent.Record(Guid.CreateVersion7(now), ticket, TicketEventKind.Linked, viewer.UserId, now,
                    new Dictionary<string, string?> { ["relatedTicketId"] = related.Id.ToString() }));
                await db.SaveChangesAsync(ct);
            }

            return new Outcome(ticket.Id, Message(ticket, TicketEventKind.Linked), Created: false, Queues: []);
        }, cancellationToken);
        await PublishAsync(outcome, cancellationToken);
    }

    private static TicketActor ActorOf(Viewer viewer) => viewer.IsStaff ? TicketActor.Staff : TicketActor.Client;

    private static TicketChangedMessage Message(Ticket ticket, TicketEventKind kind)
        => new(ticket.Id, ticket.OrganizationId, ticket.Priority, EnumText.ToText(kind), Internal: false);

    private Task PublishAsync(Outcome outcome, CancellationToken cancellationToken)
        => publisher.PublishAsync(outcome.Message, outcome.Created, outcome.Queues, cancellationToken);

    // The row lock makes concurrent changes of one ticket take turns; the tenant scope (and row-level security under
    // it) makes another tenant's ticket as missing as a ticket that does not exist.
    private async Task<Ticket> LockAsync(PortalDbContext db, Viewer viewer, Guid ticketId, CancellationToken cancellationToken)
        => await scope.OwnedRows(db.Tickets.FromSql($"SELECT * FROM tickets WHERE id = {ticketId} FOR UPDATE"), t => t.OrganizationId, viewer)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new TicketNotFoundException();

    private static Task<bool> IsStaffAsync(PortalDbContext db, Guid userId, CancellationToken cancellationToken)
        => db.Memberships.Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => new { m.UserId, o.Kind })
            .AnyAsync(x => x.UserId == userId && x.Kind == OrganizationKind.Agency, cancellationToken);

    private async Task<Guid> OrganizationForAsync(PortalDbContext db, Viewer viewer, Guid? requested, CancellationToken cancellationToken)
    {
        var clients = scope.Organizations(db.Organizations, viewer).Where(o => o.Kind == OrganizationKind.Client);
        if (requested is { } id)
        {
            return await clients.AnyAsync(o => o.Id == id, cancellationToken)
                ? id
                : throw new InvalidTicketInputException("organizationId", "The organization does not exist or is not a client you may file for.");
        }

        if (viewer.CurrentOrganizationId is { } current && await clients.AnyAsync(o => o.Id == current, cancellationToken))
        {
            return current;
        }

        var visible = viewer.OrganizationIds.ToArray();
        var mine = viewer.IsStaff ? [] : await clients.Where(o => visible.Contains(o.Id)).Select(o => o.Id).Take(2).ToListAsync(cancellationToken);
        return mine.Count == 1
            ? mine[0]
            : throw new InvalidTicketInputException("organizationId", "Say which client organization the ticket is for.");
    }
}
