using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Members;

/// <summary>The user is not a member of the organization.</summary>
public sealed record MemberNotFoundError() : MutationError("The user is not a member of this organization.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "userId"];
}
