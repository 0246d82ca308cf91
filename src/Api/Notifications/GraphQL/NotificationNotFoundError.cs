using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>
/// Some of the given notifications do not exist or are not the caller's. One error for both, so that nobody learns
/// which ids belong to other users; nothing is marked.
/// </summary>
public sealed record NotificationNotFoundError : MutationError
{
    /// <summary>The error of <paramref name="exception"/>.</summary>
    public NotificationNotFoundError(NotificationNotFoundException exception)
        : base(exception?.Message ?? string.Empty)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string>? Path => ["input", "ids"];
}
