namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>The channels to get one kind of notification on.</summary>
/// <param name="Kind">The kind of notification.</param>
/// <param name="InApp">Whether to show it in the app.</param>
/// <param name="Email">Whether to send it by email.</param>
public sealed record NotificationPreferenceInput(NotificationKind Kind, bool InApp, bool Email);
