using KtPortal.GraphQL.Types;

namespace KtPortal.Api.OAuth.Authorization.GraphQL;

/// <summary>The caller has no remembered consent for this client.</summary>
public sealed record ConsentNotFoundError() : MutationError("You have not allowed this app, or already withdrew your consent.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "clientId"];
}
