using System.Linq.Expressions;
using KtPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore.Query;
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

    /// <summary>Whether the application's filter is on (off only in tests that prove row-level security alone).</summary>
    public bool IsEnabled => _enabled;

    /// <summary>
    /// The rows of a tenant-owned entity that <paramref name="viewer"/> may see: those of their organizations, or
    /// every row for staff.
    /// </summary>
    /// <param name="source">The entity's rows.</param>
    /// <param name="organizationId">The entity's organization, e.g. <c>t =&gt; t.OrganizationId</c>.</param>
    /// <param name="viewer">Who is asking.</param>
    public IQueryable<T> OwnedRows<T>(IQueryable<T> source, Expression<Func<T, Guid>> organizationId, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(organizationId);
        ArgumentNullException.ThrowIfNull(viewer);
        if (!_enabled || viewer.IsStaff)
        {
            return source;
        }

        // A closure, so the ids are a query parameter and the query's plan is shared by every viewer.
        var ids = viewer.OrganizationIds.ToArray();
        Expression<Func<Guid, bool>> visible = id => ids.Contains(id);
        var body = ReplacingExpressionVisitor.Replace(visible.Parameters[0], organizationId.Body, visible.Body);
        return source.Where(Expression.Lambda<Func<T, bool>>(body, organizationId.Parameters[0]));
    }

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
