using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>Reads the caller's notifications, through both layers: <see cref="NotificationScope"/> and row-level security.</summary>
internal static class NotificationReader
{
    public static async Task<Notification?> FindAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return await FindAsync(context.Service<TenantDatabase>(), context.Service<NotificationScope>(), viewer, id, cancellationToken);
    }

    /// <summary>The notification <paramref name="id"/> as <paramref name="viewer"/> may read it, or null.</summary>
    public static Task<Notification?> FindAsync(TenantDatabase database, NotificationScope scope, Viewer viewer, Guid id, CancellationToken cancellationToken)
        => database.RunAsync(
            viewer, (db, ct) => scope.Notifications(db.Notifications.AsNoTracking(), viewer).SingleOrDefaultAsync(n => n.Id == id, ct), cancellationToken);

    public static async Task<int> UnreadCountAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var scope = context.Service<NotificationScope>();
        return await context.Service<TenantDatabase>().RunAsync(
            viewer, (db, ct) => scope.Notifications(db.Notifications, viewer).CountAsync(n => n.ReadAt == null, ct), cancellationToken);
    }
}
