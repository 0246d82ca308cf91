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
        var scope = context.Service<NotificationScope>();
        return await context.Service<TenantDatabase>().RunAsync(
            viewer, (db, ct) => scope.Notifications(db.Notifications.AsNoTracking(), viewer).SingleOrDefaultAsync(n => n.Id == id, ct), cancellationToken);
    }

    public static async Task<int> UnreadCountAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var scope = context.Service<NotificationScope>();
        return await context.Service<TenantDatabase>().RunAsync(
            viewer, (db, ct) => scope.Notifications(db.Notifications, viewer).CountAsync(n => n.ReadAt == null, ct), cancellationToken);
    }
}
