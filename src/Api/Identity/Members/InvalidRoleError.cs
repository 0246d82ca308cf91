using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Identity.Members;

/// <summary>The organization's kind has no such role (an AGENT in a client, say).</summary>
/// <param name="Role">The role asked for.</param>
/// <param name="OrganizationKind">The organization's kind.</param>
public sealed record InvalidRoleError(MembershipRole Role, OrganizationKind OrganizationKind)
    : MutationError($"A {EnumText.ToText(OrganizationKind)} organization has no role {EnumText.ToText(Role)}; it has {string.Join(", ", MembershipRoles.For(OrganizationKind).Select(EnumText.ToText))}.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "role"];
}
