using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Invitations;

/// <summary>
/// No pending invitation with this ID that the caller may revoke: unknown, already accepted or revoked, or of an
/// organization the caller does not manage.
/// </summary>
public sealed record InvitationNotFoundError() : MutationError("The invitation does not exist, is no longer pending, or is not yours to revoke.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "invitationId"];
}
