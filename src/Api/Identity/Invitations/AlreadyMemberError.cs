using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>The invited address already belongs to a member of the organization.</summary>
/// <param name="Email">The address.</param>
public sealed record AlreadyMemberError(string Email) : MutationError($"{Email} is already a member of this organization.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "email"];
}
