namespace KtPortal.Api.Notifications.GraphQL;

/// <summary><c>markNotificationsRead</c> was given neither or both of <c>ids</c> and <c>all</c>, or too many ids.</summary>
/// <param name="message">What is wrong with the selection.</param>
public sealed class InvalidNotificationSelectionException(string message) : Exception(message);
