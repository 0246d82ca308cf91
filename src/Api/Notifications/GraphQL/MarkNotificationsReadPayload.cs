namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>The result of <c>markNotificationsRead</c>.</summary>
/// <param name="MarkedCount">How many notifications changed from unread to read; null when the call failed.</param>
/// <param name="UnreadNotificationCount">How many of the caller's notifications are still unread; null when the call failed.</param>
public sealed record MarkNotificationsReadPayload(int? MarkedCount, int? UnreadNotificationCount);
