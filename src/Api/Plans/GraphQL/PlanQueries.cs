using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Queries about maintenance plans and their usage.</summary>
[QueryType]
public sealed class PlanQueries
{
    /// <summary>
    /// The plan usage of the current billing period ("You've used 7 of 10 hours this month") of
    /// <c>organizationId</c>, by default the caller's organization; of the period containing <c>date</c> when given.
    /// Null when the organization has no plan covering that day, or the caller may not see it (a client never reads
    /// another tenant's usage).
    /// </summary>
    [Authorize]
    public async Task<PlanUsageObject?> PlanUsageAsync(
        IResolverContext context,
        [Service] PlanUsageReader reader,
        CancellationToken cancellationToken,
        [ID("Organization")] Guid? organizationId = null,
        DateOnly? date = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return DefaultOrganization(viewer, organizationId) is { } organization
            && await reader.ReadAsync(viewer, organization, date, cancellationToken) is { } usage
            ? PlanUsageObject.From(usage)
            : null;
    }

    /// <summary>The catalogue of maintenance plans, by name.</summary>
    [Authorize]
    public async Task<IReadOnlyList<MaintenancePlanObject>> MaintenancePlansAsync(
        IResolverContext context, [Service] PlanCatalog catalog, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return [.. (await catalog.ListAsync(viewer, cancellationToken)).Select(MaintenancePlanObject.From)];
    }

    /// <summary>
    /// The organization a plan question is about: the one asked for, else the token's current organization, else the
    /// caller's only organization.
    /// </summary>
    internal static Guid? DefaultOrganization(Viewer viewer, Guid? organizationId)
        => organizationId ?? viewer.CurrentOrganizationId ?? (viewer.OrganizationIds.Count == 1 ? viewer.OrganizationIds.Single() : null);
}
