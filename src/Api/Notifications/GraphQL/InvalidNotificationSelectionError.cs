using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary><c>markNotificationsRead</c> needs either <c>ids</c> (1 to 100 of them) or <c>all: true</c>, not both and not neither.</summary>
public sealed record InvalidNotificationSelectionError : MutationError
{
    /// <summary>The error of <paramref name="exception"/>.</summary>
    public InvalidNotificationSelectionError(InvalidNotificationSelectionException exception)
        : base(exception?.Message ?? string.Empty)
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string>? Path => ["input"];
}
