using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Support;
using KtPortal.Domain.Plans;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Staff log time on tickets and set estimates.</summary>
[MutationType]
public sealed class TimeMutations
{
    /// <summary>
    /// Logs time on a ticket. Staff only. Billable time on a ticket the client's plan covers deducts from the billing
    /// period containing <c>workDate</c>, with minimum billing (docs/plans-and-time.md); the ticket's timeline gets a
    /// TIME_LOGGED event (internal when not billable), and <c>planUsageChanged</c> fires after the commit. A ticket
    /// of another tenant answers as not found. Nothing is written when refused.
    /// </summary>
    /// <param name="ticketId">The ticket worked on.</param>
    /// <param name="minutes">Minutes worked, 1 to 1,440.</param>
    /// <param name="description">What was done (1 to 2,000 characters).</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="timeLog">The time log.</param>
    /// <param name="sender">The event bus.</param>
    /// <param name="tickets">Announces the ticket's change.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="workDate">The day of the work, not after today (UTC); today when not given.</param>
    /// <param name="billable">Whether the client is billed for it.</param>
    /// <param name="rateType">The rate; by default DEVELOPMENT for a service request and SUPPORT for troubleshooting.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<TicketNotFoundException>]
    [Error<InvalidMinutesError>]
    [Error<WorkDateInFutureError>]
    [Error<InvalidDescriptionError>]
    public async Task<MutationResult<LogTimePayload>> LogTimeAsync(
        [ID("Ticket")] Guid ticketId,
        int minutes,
        string description,
        IResolverContext context,
        [Service] TimeLog timeLog,
        [Service] ITopicEventSender sender,
        [Service] TicketPublisher tickets,
        CancellationToken cancellationToken,
        DateOnly? workDate = null,
        bool billable = true,
        RateType? rateType = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        LoggedTime logged;
        try
        {
            logged = await timeLog.LogAsync(viewer, new TimeLog.Request(ticketId, minutes, workDate, description, billable, rateType), cancellationToken);
        }
        catch (InvalidTimeEntryException refused)
        {
            return refused.Problem switch
            {
                TimeEntryProblem.Minutes => new InvalidMinutesError(),
                TimeEntryProblem.WorkDateInFuture => new WorkDateInFutureError(),
                _ => new InvalidDescriptionError(),
            };
        }

        // After the commit: subscribers read the usage again, so at-least-once is harmless.
        await sender.SendAsync(PlanUsageChanged.Topic, new PlanUsageChanged(logged.Entry.OrganizationId), cancellationToken);
        await tickets.PublishAsync(
            new TicketChangedMessage(ticketId, logged.Entry.OrganizationId, logged.TicketPriority, "TIME_LOGGED", Internal: !logged.Entry.Billable),
            created: false,
            queuesChanged: [],
            cancellationToken);
        return new LogTimePayload(TimeEntryObject.From(logged.Entry), logged.Usage is null ? null : PlanUsageObject.From(logged.Usage));
    }

    /// <summary>
    /// Sets staff's estimate of a ticket in minutes, or clears it with null so the suggestion from similar tickets
    /// applies again. Staff only.
    /// </summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="estimates">The estimates.</param>
    /// <param name="tickets">Announces the ticket's change.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="estimatedMinutes">The estimate, 1 minute to 2,000 hours; null clears it.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<TicketNotFoundException>]
    [Error<InvalidEstimateException>]
    public async Task<SetTicketEstimatePayload> SetTicketEstimateAsync(
        [ID("Ticket")] Guid ticketId,
        IResolverContext context,
        [Service] TicketEstimates estimates,
        [Service] TicketPublisher tickets,
        CancellationToken cancellationToken,
        int? estimatedMinutes = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var (organizationId, priority) = await estimates.SetAsync(viewer, ticketId, estimatedMinutes, cancellationToken);
        await tickets.PublishAsync(
            new TicketChangedMessage(ticketId, organizationId, priority, "ESTIMATED", Internal: true), created: false, queuesChanged: [], cancellationToken);
        var estimate = await estimates.EstimateAsync(viewer, ticketId, cancellationToken) ?? throw new TicketNotFoundException();
        return new SetTicketEstimatePayload(ticketId, TicketEstimateObject.From(estimate));
    }
}
