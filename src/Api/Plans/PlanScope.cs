using KtPortal.Api.Tenancy;
using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;

namespace KtPortal.Api.Plans;

/// <summary>
/// The application's layer of tenant isolation for plans and time, through <see cref="TenantScope.OwnedRows"/>:
/// staff see every client's plans, periods and time entries; everyone else only their organizations'.
/// </summary>
public sealed class PlanScope(TenantScope tenants)
{
    /// <summary>The client plans <paramref name="viewer"/> may see.</summary>
    public IQueryable<ClientPlan> ClientPlans(IQueryable<ClientPlan> source, Viewer viewer)
        => tenants.OwnedRows(source, p => p.OrganizationId, viewer);

    /// <summary>The tickets <paramref name="viewer"/> may see (time is logged and estimated on them).</summary>
    public IQueryable<Ticket> Tickets(IQueryable<Ticket> source, Viewer viewer)
        => tenants.OwnedRows(source, t => t.OrganizationId, viewer);

    /// <summary>The time entries <paramref name="viewer"/> may see.</summary>
    public IQueryable<TimeEntry> TimeEntries(IQueryable<TimeEntry> source, Viewer viewer)
        => tenants.OwnedRows(source, e => e.OrganizationId, viewer);

    /// <summary>Whether <paramref name="viewer"/> may see <paramref name="organizationId"/>'s plan data (always, with the filter off).</summary>
    public bool CanSee(Viewer viewer, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return !tenants.IsEnabled || viewer.CanSee(organizationId);
    }
}
