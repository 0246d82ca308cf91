using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>
/// <c>updateNotificationPreferences</c> needs one to three preferences, each kind at most once, and a signed-in user
/// (a client acting for itself has no notifications). Nothing changes.
/// </summary>
public sealed record InvalidNotificationPreferencesError : MutationError
{
    /// <summary>The error of <paramref name="exception"/>.</summary>
    public InvalidNotificationPreferencesError(InvalidNotificationPreferencesException exception)
        : base(exception?.Message ?? string.Empty)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string>? Path => ["input", "preferences"];
}
