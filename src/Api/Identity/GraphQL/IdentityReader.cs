using KtPortal.Api.Tenancy;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>
/// Reads users, organizations and memberships for GraphQL, always through both layers of tenant isolation: the
/// application's <see cref="TenantScope"/> and a <see cref="TenantDatabase"/> transaction under row-level security.
/// </summary>
internal static class IdentityReader
{
    private const string ViewerKey = "KtPortal.Viewer";

    /// <summary>The request's viewer, resolved once per request from the caller in <c>ContextData</c>.</summary>
    public static Task<Viewer> GetViewerAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        if (context.ContextData.TryGetValue(ViewerKey, out var known) && known is Task<Viewer> cached)
        {
            return cached;
        }

        // Two resolvers racing here resolve it twice, with the same result.
        var resolving = context.Service<ViewerResolver>().ResolveAsync(GraphQLContextData.GetUser(context.ContextData), cancellationToken);
        context.ContextData[ViewerKey] = resolving;
        return resolving;
    }

    /// <summary>
    /// The caller's own account, for a mutation on it; a token without a user (a client's own) or of a user since
    /// deleted gets <see cref="UserTokenRequiredException"/>.
    /// </summary>
    public static async Task<User> GetUserAsync(IResolverContext context, UserManager<User> users, CancellationToken cancellationToken)
    {
        var viewer = await GetViewerAsync(context, cancellationToken);
        return viewer.UserId is { } id && await users.FindByIdAsync(id.ToString("D")) is { } user
            ? user
            : throw new UserTokenRequiredException();
    }

    /// <summary>
    /// Makes <paramref name="viewer"/> the request's viewer, for a request whose caller is already resolved: a
    /// subscription event, whose viewer its subscription keeps (see <c>SubscriberViewer</c>).
    /// </summary>
    public static void UseViewer(IResolverContext context, Viewer viewer)
        => context.ContextData[ViewerKey] = Task.FromResult(viewer);

    public static async Task<ViewerObject?> ViewerAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await GetViewerAsync(context, cancellationToken);
        var scope = context.Service<TenantScope>();
        return await context.Service<TenantDatabase>().RunAsync(viewer, async (db, ct) =>
        {
            var user = viewer.UserId is { } userId
                ? await scope.Users(db.Users, db.Memberships, viewer).Where(u => u.Id == userId).Select(u => new UserNode(u.Id, u.Email!, u.DisplayName)).SingleOrDefaultAsync(ct)
                : null;
            var memberships = user is null
                ? []
                : await MembershipsAsync(db, scope, viewer, m => m.UserId == user.Id, ct);
            var organization = viewer.CurrentOrganizationId is { } current
                ? await scope.Organizations(db.Organizations, viewer).Where(o => o.Id == current).Select(o => new OrganizationNode(o.Id, o.Name, o.Slug, o.Kind)).SingleOrDefaultAsync(ct)
                : null;
            var flags = user is null ? null : await db.Users.Where(u => u.Id == user.Id).Select(u => new { u.TwoFactorEnabled, u.EmailConfirmed }).SingleAsync(ct);
            return new ViewerObject(
                user, viewer.ClientId, organization, memberships, viewer.Scopes, viewer.IsStaff, flags?.TwoFactorEnabled ?? false, flags?.EmailConfirmed ?? false);
        }, cancellationToken);
    }

    public static async Task<UserNode?> FindUserAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var viewer = await GetViewerAsync(context, cancellationToken);
        var scope = context.Service<TenantScope>();
        return await context.Service<TenantDatabase>().RunAsync(viewer, (db, ct) =>
            scope.Users(db.Users, db.Memberships, viewer).Where(u => u.Id == id).Select(u => new UserNode(u.Id, u.Email!, u.DisplayName)).SingleOrDefaultAsync(ct), cancellationToken);
    }

    public static async Task<OrganizationNode?> FindOrganizationAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var viewer = await GetViewerAsync(context, cancellationToken);
        var scope = context.Service<TenantScope>();
        return await context.Service<TenantDatabase>().RunAsync(viewer, (db, ct) =>
            scope.Organizations(db.Organizations, viewer).Where(o => o.Id == id).Select(o => new OrganizationNode(o.Id, o.Name, o.Slug, o.Kind)).SingleOrDefaultAsync(ct), cancellationToken);
    }

    public static async Task<IReadOnlyList<MembershipEntry>> MembersAsync(IResolverContext context, OrganizationNode organization, CancellationToken cancellationToken)
    {
        var viewer = await GetViewerAsync(context, cancellationToken);
        var scope = context.Service<TenantScope>();
        return await context.Service<TenantDatabase>().RunAsync(
            viewer, (db, ct) => MembershipsAsync(db, scope, viewer, m => m.OrganizationId == organization.Id, ct), cancellationToken);
    }

    private static async Task<IReadOnlyList<MembershipEntry>> MembershipsAsync(
        PortalDbContext db, TenantScope scope, Viewer viewer, System.Linq.Expressions.Expression<Func<Membership, bool>> filter, CancellationToken cancellationToken)
    {
        var rows = await scope.Memberships(db.Memberships, viewer).Where(filter)
            .Join(scope.Organizations(db.Organizations, viewer), m => m.OrganizationId, o => o.Id, (m, o) => new { m.Role, Organization = o, m.UserId })
            .Join(scope.Users(db.Users, db.Memberships, viewer), x => x.UserId, u => u.Id, (x, u) => new { x.Role, x.Organization, User = u })
            .OrderBy(x => x.Organization.Name).ThenBy(x => x.User.DisplayName)
            .Select(x => new
            {
                x.Role,
                OrganizationId = x.Organization.Id, x.Organization.Name, x.Organization.Slug, x.Organization.Kind,
                UserId = x.User.Id, x.User.Email, x.User.DisplayName,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MembershipEntry(
            new OrganizationNode(r.OrganizationId, r.Name, r.Slug, r.Kind),
            new UserNode(r.UserId, r.Email!, r.DisplayName),
            r.Role))];
    }
}
