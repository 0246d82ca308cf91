using KtPortal.GraphQL;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>The caller: who the access token speaks for.</summary>
/// <param name="User">The signed-in user; null when a client acts for itself (client credentials).</param>
/// <param name="ClientId">The OAuth client the token was issued to.</param>
/// <param name="Organization">The organization the token acts for (its <c>org_id</c>), if any.</param>
/// <param name="Memberships">The user's memberships, each with its organization and role; empty for a client acting for itself.</param>
/// <param name="Scopes">The scopes the token grants.</param>
/// <param name="IsStaff">Whether the caller is agency staff, who act across every tenant.</param>
/// <param name="TwoFactorEnabled">Whether the user's sign-in asks for a second factor; false for a client acting for itself.</param>
/// <param name="EmailConfirmed">Whether the user proved they receive mail at their address; false for a client acting for itself.</param>
[GraphQLName("Viewer")]
public sealed record ViewerObject(
    UserNode? User,
    string? ClientId,
    OrganizationNode? Organization,
    IReadOnlyList<MembershipEntry> Memberships,
    IReadOnlyList<string> Scopes,
    bool IsStaff,
    bool TwoFactorEnabled,
    bool EmailConfirmed);
