namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>The result of <c>updateNotificationPreferences</c>.</summary>
/// <param name="NotificationPreferences">The caller's preferences for every kind, after the change; null when the call failed.</param>
public sealed record UpdateNotificationPreferencesPayload(IReadOnlyList<NotificationPreferenceObject>? NotificationPreferences);
