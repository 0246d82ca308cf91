using KtPortal.Api.Tenancy;
using KtPortal.Domain.Plans;
using KtPortal.Domain.Support;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Plans;

/// <summary>
/// The application's layer of tenant isolation for plans and time (as <see cref="TenantScope"/> for identity): staff
/// see every client's plans, periods and time entries; everyone else only their organizations'.
/// </summary>
public sealed class PlanScope(IOptions<TenancyOptions> options)
{
    private readonly bool _enabled = options.Value.ApplicationFilter;

    /// <summary>The client plans <paramref name="viewer"/> may see.</summary>
    public IQueryable<ClientPlan> ClientPlans(IQueryable<ClientPlan> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        return source.Where(p => ids.Contains(p.OrganizationId));
    }

    /// <summary>The tickets <paramref name="viewer"/> may see (time is logged and estimated on them).</summary>
    public IQueryable<Ticket> Tickets(IQueryable<Ticket> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        return source.Where(t => ids.Contains(t.OrganizationId));
    }

    /// <summary>The time entries <paramref name="viewer"/> may see.</summary>
    public IQueryable<TimeEntry> TimeEntries(IQueryable<TimeEntry> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        return source.Where(e => ids.Contains(e.OrganizationId));
    }

    /// <summary>The billing periods <paramref name="viewer"/> may see.</summary>
    public IQueryable<BillingPeriod> BillingPeriods(IQueryable<BillingPeriod> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        return source.Where(p => ids.Contains(p.OrganizationId));
    }

    /// <summary>Whether <paramref name="viewer"/> may see <paramref name="organizationId"/>'s plan data (always, with the filter off).</summary>
    public bool CanSee(Viewer viewer, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return !_enabled || viewer.CanSee(organizationId);
    }
}
