using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>Reads and writes one user's notification preferences, inside a tenant transaction (row-level security: their own only).</summary>
internal static class NotificationPreferenceStore
{
    /// <summary>The user's preference for every kind, in <see cref="NotificationKindNames.All"/>'s order; the default (both channels) where none is set.</summary>
    public static async Task<IReadOnlyList<NotificationPreferenceObject>> ReadAsync(PortalDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var stored = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        return
        [
            .. NotificationKindNames.All.Select(kind => stored.TryGetValue(NotificationKindNames.Name(kind), out var preference)
                ? new NotificationPreferenceObject(kind, preference.InApp, preference.Email, preference.UpdatedAt)
                : new NotificationPreferenceObject(kind, InApp: true, Email: true, UpdatedAt: null)),
        ];
    }

    /// <summary>
    /// Sets the given kinds in one statement that inserts or replaces their rows: concurrent changes of different kinds
    /// all stay, and of one kind the last one stays, whole.
    /// </summary>
    public static Task WriteAsync(PortalDbContext db, Guid userId, IReadOnlyList<NotificationPreferenceInput> preferences, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kinds = preferences.Select(p => NotificationKindNames.Name(p.Kind)).ToArray();
        var inApp = preferences.Select(p => p.InApp).ToArray();
        var email = preferences.Select(p => p.Email).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO notification_preferences (user_id, kind, in_app, email, updated_at)
            SELECT {userId}, p.kind, p.in_app, p.email, {now} FROM unnest({kinds}, {inApp}, {email}) AS p (kind, in_app, email)
            ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email, updated_at = EXCLUDED.updated_at
            """,
            cancellationToken);
    }
}
