using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>Marking the caller's notifications read.</summary>
[MutationType]
public sealed class NotificationMutations
{
    /// <summary>The most ids one call marks.</summary>
    public const int MaxIds = 100;

    /// <summary>
    /// Marks the caller's notifications read: the given <c>ids</c> (at most 100), or with <c>all: true</c> every unread
    /// one. Marking a read notification again keeps its first read time. An id that is unknown or another user's fails
    /// the whole call with <c>NotificationNotFoundError</c>, and nothing is marked.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="clock">The server's clock.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="ids">The notifications to mark read.</param>
    /// <param name="all">Mark every unread notification of the caller read instead.</param>
    [Authorize]
    [Error<NotificationNotFoundError>]
    [Error<InvalidNotificationSelectionError>]
    public async Task<MarkNotificationsReadPayload> MarkNotificationsReadAsync(
        IResolverContext context,
        [Service] TimeProvider clock,
        CancellationToken cancellationToken,
        [ID("Notification")] IReadOnlyList<Guid>? ids = null,
        bool all = false)
    {
        if (all == (ids is not null))
        {
            throw new InvalidNotificationSelectionException("Give either ids or all: true.");
        }

        var wanted = ids?.Distinct().ToArray() ?? [];
        if (!all && wanted.Length is 0 or > MaxIds)
        {
            throw new InvalidNotificationSelectionException($"Give 1 to {MaxIds} ids.");
        }

        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var scope = context.Service<NotificationScope>();
        var now = clock.GetUtcNow();
        var result = await context.Service<TenantDatabase>().RunAsync(viewer, async (db, ct) =>
        {
            var mine = scope.Notifications(db.Notifications, viewer);
            if (viewer.UserId is null)
            {
                mine = mine.Where(_ => false);
            }

            if (!all)
            {
                mine = mine.Where(n => wanted.Contains(n.Id));
                if (await mine.CountAsync(ct) != wanted.Length)
                {
                    return (MarkNotificationsReadPayload?)null;
                }
            }

            // One statement: parallel calls mark each notification once, and the first read time stays.
            var marked = await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
            var unread = await scope.Notifications(db.Notifications, viewer).CountAsync(n => n.ReadAt == null, ct);
            return new MarkNotificationsReadPayload(marked, unread);
        }, cancellationToken);
        return result ?? throw new NotificationNotFoundException();
    }
}
