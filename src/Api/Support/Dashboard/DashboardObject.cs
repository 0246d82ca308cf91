using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Plans;
using KtPortal.Api.Plans.GraphQL;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support.Dashboard;

/// <summary>The client's home page in one query: open tickets by status, plan usage and recent activity.</summary>
[GraphQLName("Dashboard")]
public sealed class DashboardObject
{
    /// <summary>Open tickets (every status but RESOLVED and CLOSED) of the caller's organizations, counted by status.</summary>
    public async Task<OpenTicketCounts> OpenTicketsAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await context.Service<DashboardReader>().OpenTicketsAsync(viewer, cancellationToken);
    }

    /// <summary>The latest public events on the timelines of the caller's tickets, newest first; never an internal one.</summary>
    /// <param name="context">The request.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="first">How many events, 1 to 50.</param>
    public async Task<IReadOnlyList<DashboardActivity>> RecentActivityAsync(IResolverContext context, CancellationToken cancellationToken, int first = 10)
    {
        if (first is < 1 or > DashboardReader.MaxActivity)
        {
            throw new GraphQLException($"first must be between 1 and {DashboardReader.MaxActivity}.", ErrorCodes.ArgumentInvalid);
        }

        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await context.Service<DashboardReader>().RecentActivityAsync(viewer, first, cancellationToken);
    }

    /// <summary>
    /// The current billing period's use of the plan of the caller's organization (the token's current one, else their
    /// only one), as <c>planUsage</c> answers it: "You've used 7 of 10 hours this month". Null without a plan, or when
    /// the caller belongs to several organizations and the token names none (ask <c>planUsage(organizationId:)</c>).
    /// </summary>
    public async Task<PlanUsageObject?> PlanUsageAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return PlanQueries.DefaultOrganization(viewer, null) is { } organization
            && await context.Service<PlanUsageReader>().ReadAsync(viewer, organization, null, cancellationToken) is { } usage
            ? PlanUsageObject.From(usage)
            : null;
    }
}
