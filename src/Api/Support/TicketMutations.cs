using System.Text.Json;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Support;

/// <summary>
/// Filing and working tickets. Every mutation checks its input and the caller's rights and answers with typed
/// errors in the payload, writing nothing when it refuses; another tenant's ticket is <c>TicketNotFoundError</c>,
/// as a missing one is.
/// </summary>
[MutationType]
public sealed class TicketMutations
{
    /// <summary>
    /// Files a ticket. A client files for their organization; staff and partner users name the client
    /// organization with <c>organizationId</c>. The category is one of <c>ticketCategories</c>. SLA due times come
    /// from the priority's policy.
    /// </summary>
    [Authorize]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    public async Task<TicketNode?> CreateTicketAsync(
        string title,
        string description,
        TicketType type,
        TicketPriority priority,
        string category,
        IResolverContext context,
        [Service] TicketCommands commands,
        CancellationToken cancellationToken,
        [ID<OrganizationNode>] Guid? organizationId = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var source = viewer.UserId is not null && viewer.ClientId == Seed.DemoSeed.SpaClientId ? TicketSource.Portal : TicketSource.Api;
        var id = await commands.CreateAsync(viewer, new NewTicket(title, description, type, priority, category, organizationId, source), cancellationToken);
        return await TicketReader.FindAsync(context, id, cancellationToken);
    }

    /// <summary>
    /// Moves a ticket along the transition table: staff may make every change in it; clients may only close a ticket
    /// and reopen a resolved or closed one. Anything else is <c>InvalidTicketTransitionError</c> (not in the table)
    /// or <c>TicketActionNotAllowedError</c> (staff only).
    /// </summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketTransitionException>]
    [Error<TicketActionNotAllowedException>]
    public async Task<TicketNode?> ChangeTicketStatusAsync(
        [ID<TicketNode>] Guid ticketId, TicketStatus status, IResolverContext context, [Service] TicketCommands commands, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await commands.ChangeStatusAsync(viewer, ticketId, status, cancellationToken);
        return await TicketReader.FindAsync(context, ticketId, cancellationToken);
    }

    /// <summary>Assigns a ticket to a staff member, or unassigns it when <c>assigneeId</c> is null. Staff only.</summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    public async Task<TicketNode?> AssignTicketAsync(
        [ID<TicketNode>] Guid ticketId, [ID<UserNode>] Guid? assigneeId, IResolverContext context, [Service] TicketCommands commands, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await commands.AssignAsync(viewer, ticketId, assigneeId, cancellationToken);
        return await TicketReader.FindAsync(context, ticketId, cancellationToken);
    }

    /// <summary>
    /// Posts a public reply, or with <c>internal: true</c> an internal note (staff only; clients never see it). The
    /// first public staff reply sets <c>firstRespondedAt</c>; a client's reply to a ticket waiting on them reopens
    /// it. Attachments are metadata of files uploaded elsewhere, each at most 50 MB.
    /// </summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    public async Task<AddTicketMessagePayload> AddTicketMessageAsync(
        [ID<TicketNode>] Guid ticketId,
        string body,
        IResolverContext context,
        [Service] TicketCommands commands,
        CancellationToken cancellationToken,
        bool @internal = false,
        IReadOnlyList<TicketAttachmentInput>? attachments = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var messageId = await commands.AddMessageAsync(
            viewer, ticketId, body, @internal, [.. (attachments ?? []).Select(a => a.ToAttachment())], cancellationToken);
        // The new message and its ticket, read back as the caller in one tenant transaction.
        var scope = context.Service<TenantScope>();
        var (message, ticket) = await context.Service<TenantDatabase>().RunAsync(viewer, async (db, ct) => (
            await TicketReader.Messages(db, scope, viewer).Where(m => m.Id == messageId).SingleOrDefaultAsync(ct),
            await TicketReader.Tickets(db, scope, viewer).Where(t => t.Id == ticketId).SingleOrDefaultAsync(ct)), cancellationToken);
        return new AddTicketMessagePayload(message, ticket);
    }

    /// <summary>
    /// Rates the resolution of a resolved or closed ticket from 1 to 5, with an optional comment: once per
    /// resolution, by a member of the ticket's organization.
    /// </summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    [Error<TicketNotRateableException>]
    [Error<TicketAlreadyRatedException>]
    public async Task<TicketNode?> RateTicketAsync(
        [ID<TicketNode>] Guid ticketId, int score, IResolverContext context, [Service] TicketCommands commands, CancellationToken cancellationToken,
        string? comment = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await commands.RateAsync(viewer, ticketId, score, comment, cancellationToken);
        return await TicketReader.FindAsync(context, ticketId, cancellationToken);
    }

    /// <summary>
    /// Changes a ticket's priority, tags (replacing them; lower-cased, at most 20) and custom fields (a JSON object,
    /// replacing them); what is not given stays. Staff only. A new priority moves the SLA targets not yet met to its
    /// policy, counted from creation.
    /// </summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    public async Task<TicketNode?> UpdateTicketAsync(
        [ID<TicketNode>] Guid ticketId,
        IResolverContext context,
        [Service] TicketCommands commands,
        CancellationToken cancellationToken,
        TicketPriority? priority = null,
        IReadOnlyList<string>? tags = null,
        JsonElement? customFields = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await commands.UpdateAsync(viewer, ticketId, priority, tags, customFields?.GetRawText(), cancellationToken);
        return await TicketReader.FindAsync(context, ticketId, cancellationToken);
    }

    /// <summary>Marks two tickets of one organization as related (staff only); linking twice changes nothing.</summary>
    [Authorize]
    [Error<TicketNotFoundException>]
    [Error<InvalidTicketInputError>]
    [Error<TicketActionNotAllowedException>]
    public async Task<TicketNode?> LinkTicketsAsync(
        [ID<TicketNode>] Guid ticketId, [ID<TicketNode>] Guid relatedTicketId, IResolverContext context, [Service] TicketCommands commands,
        CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await commands.LinkAsync(viewer, ticketId, relatedTicketId, cancellationToken);
        return await TicketReader.FindAsync(context, ticketId, cancellationToken);
    }
}
