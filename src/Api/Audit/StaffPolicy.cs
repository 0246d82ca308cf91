using KtPortal.Api.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace KtPortal.Api.Audit;

/// <summary>
/// The <c>staff</c> policy: the caller belongs to the agency. Roles alone cannot say it (<c>ADMIN</c> is a role of
/// clients too), so it asks the caller's memberships through <see cref="ViewerResolver"/>.
/// </summary>
public sealed class StaffPolicy(ViewerResolver viewers) : AuthorizationHandler<StaffPolicy.Requirement>
{
    /// <summary>The policy's name, for <c>[Authorize(Policy = StaffPolicy.Name)]</c>.</summary>
    public const string Name = "staff";

    /// <summary>Adds the policy.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new Requirement()));
    }

    /// <inheritdoc/>
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((await viewers.ResolveAsync(context.User, CancellationToken.None)).IsStaff)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The requirement the handler checks.</summary>
    public sealed class Requirement : IAuthorizationRequirement;
}
