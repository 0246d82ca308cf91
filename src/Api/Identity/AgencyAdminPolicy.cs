using KtPortal.Api.OAuth.Tokens;
using KtPortal.Api.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Npgsql;

namespace KtPortal.Api.Identity;

/// <summary>
/// The <c>agencyAdmin</c> policy: the caller is a user with the <c>ADMIN</c> role in the agency. A client's ADMIN is
/// not one, and neither is an agent: the role means something only together with the organization, so the handler
/// asks the memberships (through the owner connection, as <see cref="ViewerResolver"/> does, before any tenant is set).
/// </summary>
public sealed class AgencyAdminPolicy(NpgsqlDataSource dataSource) : AuthorizationHandler<AgencyAdminPolicy.Requirement>
{
    /// <summary>The policy's name, for <c>[Authorize(Policy = AgencyAdminPolicy.Name)]</c>.</summary>
    public const string Name = "agencyAdmin";

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
        var subject = context.User.FindFirst(AccessTokenClaims.Subject)?.Value;
        if (!Guid.TryParse(subject, out var userId))
        {
            // A client acting for itself has the client as its subject: never an agency admin.
            return;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT EXISTS (
                SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
                WHERE m.user_id = $1 AND o.kind = 'AGENCY' AND m.role = 'ADMIN')
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        if (await command.ExecuteScalarAsync() is true)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The requirement the handler checks.</summary>
    public sealed class Requirement : IAuthorizationRequirement;
}
