using System.Linq.Expressions;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary><c>viewer.notifications</c> and <c>viewer.unreadNotificationCount</c>: the caller's own notifications.</summary>
[ExtendObjectType(typeof(ViewerObject))]
public sealed class NotificationQueries
{
    private static readonly IReadOnlyList<SortKey> NewestFirst =
    [
        new SortKey((Expression<Func<Notification, DateTimeOffset>>)(n => n.CreatedAt), Descending: true),
        new SortKey((Expression<Func<Notification, Guid>>)(n => n.Id), Descending: true),
    ];

    /// <summary>
    /// The caller's notifications, newest first; with <c>unreadOnly</c>, those not yet marked read. Nobody, staff
    /// included, reads another user's notifications; a client acting for itself has none.
    /// </summary>
    /// <param name="viewer">The viewer.</param>
    /// <param name="context">The request.</param>
    /// <param name="unreadOnly">Only the unread ones.</param>
    /// <param name="cancellationToken">The request's token.</param>
    [UsePaging]
    public async Task<DataQuery<Notification>> NotificationsAsync(
        [Parent] ViewerObject viewer, IResolverContext context, CancellationToken cancellationToken, bool unreadOnly = false)
    {
        // The page runs after this returns, through the request's read context, in its tenant transaction.
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var db = context.Service<TenantReadContext>().For(caller);
        var notifications = context.Service<NotificationScope>().Notifications(db.Notifications, caller);
        if (viewer.User is null)
        {
            // A client acting for itself receives no notifications.
            notifications = notifications.Where(_ => false);
        }

        if (unreadOnly)
        {
            notifications = notifications.Where(n => n.ReadAt == null);
        }

        return new DataQuery<Notification>(notifications).OrderBy(NewestFirst);
    }

    /// <summary>
    /// The channels the caller gets each kind of notification on, every kind listed; a kind never set is on in both
    /// (<c>updatedAt</c> null). A client acting for itself has no notifications and gets an empty list.
    /// </summary>
    public async Task<IReadOnlyList<NotificationPreferenceObject>> NotificationPreferencesAsync(
        [Parent] ViewerObject viewer, IResolverContext context, CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId)
        {
            return [];
        }

        return await context.Service<TenantDatabase>().RunAsync(
            caller, (db, ct) => NotificationPreferenceStore.ReadAsync(db, userId, ct), cancellationToken);
    }

    /// <summary>How many of the caller's notifications are unread.</summary>
    public Task<int> UnreadNotificationCountAsync([Parent] ViewerObject viewer, IResolverContext context, CancellationToken cancellationToken)
        => NotificationReader.UnreadCountAsync(context, cancellationToken);
}
