namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>Some of the notifications given to <c>markNotificationsRead</c> do not exist or are not the caller's.</summary>
public sealed class NotificationNotFoundException() : Exception("Some of the notifications do not exist or are not yours; none was marked read.");
