namespace KtPortal.Api.Notifications.GraphQL;

/// <summary><c>updateNotificationPreferences</c> was given no preferences, too many, or one kind twice; or the caller is not a user.</summary>
/// <param name="message">What is wrong.</param>
public sealed class InvalidNotificationPreferencesException(string message) : Exception(message);
