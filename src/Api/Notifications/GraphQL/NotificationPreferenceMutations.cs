using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>Choosing the channels of the caller's notifications.</summary>
[MutationType]
public sealed class NotificationPreferenceMutations
{
    /// <summary>
    /// Sets the channels the caller gets the given kinds of notification on: <c>inApp</c> shows them in
    /// <c>viewer.notifications</c>, <c>email</c> also sends them to the caller's address. Kinds not given keep their
    /// setting. A change applies to notifications sent from then on. One to three preferences, each kind at most
    /// once; otherwise <c>InvalidNotificationPreferencesError</c> and nothing changes. A client acting for itself has
    /// no notifications and gets the same error.
    /// </summary>
    /// <param name="preferences">The kinds to set, with their channels.</param>
    /// <param name="context">The request.</param>
    /// <param name="clock">The server's clock.</param>
    /// <param name="cancellationToken">The request's token.</param>
    [Authorize]
    [Error<InvalidNotificationPreferencesError>]
    public async Task<UpdateNotificationPreferencesPayload> UpdateNotificationPreferencesAsync(
        IReadOnlyList<NotificationPreferenceInput> preferences,
        IResolverContext context,
        [Service] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var count = NotificationKindNames.All.Count;
        if (preferences.Count is 0 || preferences.Count > count)
        {
            throw new InvalidNotificationPreferencesException($"Give 1 to {count} preferences.");
        }

        if (preferences.GroupBy(p => p.Kind).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidNotificationPreferencesException($"{NotificationKindNames.Name(repeated.Key)} is given more than once.");
        }

        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (viewer.UserId is not { } userId)
        {
            throw new InvalidNotificationPreferencesException("A client acting for itself has no notifications, so no preferences.");
        }

        var now = clock.GetUtcNow();
        var saved = await context.Service<TenantDatabase>().RunAsync(viewer, async (db, ct) =>
        {
            await NotificationPreferenceStore.WriteAsync(db, userId, preferences, now, ct);
            return await NotificationPreferenceStore.ReadAsync(db, userId, ct);
        }, cancellationToken);
        return new UpdateNotificationPreferencesPayload(saved);
    }
}
