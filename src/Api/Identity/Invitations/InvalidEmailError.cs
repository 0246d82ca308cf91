using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>The address to invite is not an email address.</summary>
public sealed record InvalidEmailError() : MutationError("The email address is not valid.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "email"];
}
