using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>The time and estimate fields of <c>Ticket</c>, batched per request.</summary>
[ExtendObjectType(typeof(TicketNode))]
public sealed class TicketTimeFields
{
    /// <summary>The time logged on the ticket, by work date. Staff only.</summary>
    [Authorize(Policy = StaffPolicy.Name)]
    public async Task<IReadOnlyList<TimeEntryObject>> TimeEntriesAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        var scope = context.Service<PlanScope>();
        return await context.GroupDataLoader<Guid, TimeEntryObject>(
                (keys, ct) => TimeReader.EntriesAsync(database, scope, viewer, keys, ct), name: "KtPortal.Plans.TimeEntries")
            .LoadAsync(ticket.Id, cancellationToken);
    }

    /// <summary>The billable minutes logged on the ticket.</summary>
    public async Task<int> BillableMinutesAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
        => await BillableAsync(ticket, context, cancellationToken);

    /// <summary>
    /// The minutes the ticket bills: its billable minutes, but at least 60 once it has any (minimum billing), 0 when it
    /// has none.
    /// </summary>
    public async Task<int> BilledMinutesAsync([Parent] TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var billable = await BillableAsync(ticket, context, cancellationToken);
        return billable == 0 ? 0 : Math.Max(billable, PlanUsageSql.MinimumBilledMinutes);
    }

    /// <summary>
    /// The estimate: staff's own (<c>estimatedMinutes</c>), or else the suggestion from the median billable minutes of
    /// similar closed tickets, with an explanation. Staff only.
    /// </summary>
    [Authorize(Policy = StaffPolicy.Name)]
    public async Task<TicketEstimateObject?> EstimateAsync([Parent] TicketNode ticket, IResolverContext context, [Service] TicketEstimates estimates, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var estimate = await context.BatchDataLoader<Guid, TicketEstimate>(
                (keys, ct) => estimates.EstimateAsync(viewer, keys, ct), name: "KtPortal.Plans.Estimates")
            .LoadAsync(ticket.Id, cancellationToken);
        return estimate is null ? null : TicketEstimateObject.From(estimate);
    }

    private static async Task<int> BillableAsync(TicketNode ticket, IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var database = context.Service<TenantDatabase>();
        var scope = context.Service<PlanScope>();
        return await context.BatchDataLoader<Guid, int>(
                (keys, ct) => TimeReader.BillableMinutesAsync(database, scope, viewer, keys, ct), name: "KtPortal.Plans.BillableMinutes")
            .LoadAsync(ticket.Id, cancellationToken);
    }
}
