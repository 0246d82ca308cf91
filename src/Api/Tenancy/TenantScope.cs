using KtPortal.Domain.Identity;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// The application's layer of tenant isolation: every query of tenant-owned entities goes through one of these
/// scopes. Staff see everything; everyone else sees their organizations (a partner, its clients too), the
/// memberships in them, and their co-members.
/// </summary>
public sealed class TenantScope(IOptions<TenancyOptions> options)
{
    private readonly bool _enabled = options.Value.ApplicationFilter;

    /// <summary>The organizations <paramref name="viewer"/> may see.</summary>
    public IQueryable<Organization> Organizations(IQueryable<Organization> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        return source.Where(o => ids.Contains(o.Id));
    }

    /// <summary>The memberships <paramref name="viewer"/> may see: in their organizations, and their own.</summary>
    public IQueryable<Membership> Memberships(IQueryable<Membership> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        var userId = viewer.UserId;
        return source.Where(m => ids.Contains(m.OrganizationId) || m.UserId == userId);
    }

    /// <summary>The users <paramref name="viewer"/> may see: themselves and their co-members.</summary>
    public IQueryable<User> Users(IQueryable<User> source, IQueryable<Membership> memberships, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(memberships);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        var ids = viewer.OrganizationIds.ToArray();
        var userId = viewer.UserId;
        return source.Where(u => u.Id == userId || memberships.Any(m => m.UserId == u.Id && ids.Contains(m.OrganizationId)));
    }
}
