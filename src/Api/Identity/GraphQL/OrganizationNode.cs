using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>A tenant: the agency, a client or a partner.</summary>
/// <param name="Id">The organization's global ID.</param>
/// <param name="Name">The display name.</param>
/// <param name="Slug">A unique, URL-safe handle such as <c>acme</c>.</param>
/// <param name="Kind">Agency, client or partner.</param>
[Node]
[GraphQLName("Organization")]
public sealed record OrganizationNode(Guid Id, string Name, string Slug, OrganizationKind Kind)
{
    /// <summary>An organization the caller may see, or null.</summary>
    [NodeResolver]
    public static Task<OrganizationNode?> GetAsync(Guid id, IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.FindOrganizationAsync(context, id, cancellationToken);

    /// <summary>The organization's members and their roles, by display name.</summary>
    public Task<IReadOnlyList<MembershipEntry>> MembersAsync(IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.MembersAsync(context, this, cancellationToken);
}
