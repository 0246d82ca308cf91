using KtPortal.GraphQL;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>The channels the caller gets one kind of notification on.</summary>
/// <param name="Kind">The kind of notification.</param>
/// <param name="InApp">Whether it is shown in the app (in <c>viewer.notifications</c>).</param>
/// <param name="Email">Whether it is also sent by email, to the caller's address.</param>
/// <param name="UpdatedAt">When the caller last set it; null while it is the default (both channels on).</param>
[GraphQLName("NotificationPreference")]
public sealed record NotificationPreferenceObject(NotificationKind Kind, bool InApp, bool Email, DateTimeOffset? UpdatedAt);
