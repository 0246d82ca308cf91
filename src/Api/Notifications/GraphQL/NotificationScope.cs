using KtPortal.Api.Tenancy;
using KtPortal.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>
/// The application's layer of isolation for notifications: a user sees their own, and nobody else's, staff included
/// (row-level security says the same, migration 0009). Switched off with the other application filters
/// (<see cref="TenancyOptions.ApplicationFilter"/>) only in tests that prove row-level security alone.
/// </summary>
public sealed class NotificationScope(IOptions<TenancyOptions> options)
{
    private readonly bool _enabled = options.Value.ApplicationFilter;

    /// <summary>
    /// The notifications <paramref name="viewer"/> may read: their own; none for a client acting for itself. Either
    /// way only those shown in the app: a notification of a kind whose in-app channel its recipient turned off is
    /// kept (its dedupe key still counts) but never shown, a rule of display that holds with the isolation filter
    /// off too.
    /// </summary>
    public IQueryable<Notification> Notifications(IQueryable<Notification> source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(viewer);
        var shown = source.Where(n => n.InApp);
        if (!_enabled)
        {
            return shown;
        }

        var userId = viewer.UserId;
        return userId is null ? shown.Where(_ => false) : shown.Where(n => n.UserId == userId);
    }
}
