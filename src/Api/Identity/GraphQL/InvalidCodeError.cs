using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>The code is not the authenticator's current code (or an unused recovery code), or was already used.</summary>
public sealed record InvalidCodeError() : MutationError("The code is incorrect or was already used.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "code"];
}
