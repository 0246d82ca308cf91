using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.OAuth;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.PasswordChange;

/// <summary>Changing one's password while signed in.</summary>
[MutationType]
internal sealed class PasswordChangeMutations
{
    /// <summary>
    /// Replaces the caller's password when <c>currentPassword</c> is right (a wrong one counts toward the lockout).
    /// Every other session of the caller ends, and so does every login cookie of the authorization server (the
    /// security stamp changes); the session whose token made the change stays.
    /// </summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [Error<UserTokenRequiredException>]
    [Error<WrongPasswordError>]
    [Error<PasswordRejectedError>]
    public async Task<MutationResult<PasswordChanged>> ChangePasswordAsync(
        string currentPassword,
        string newPassword,
        IResolverContext context,
        [Service] UserManager<User> users,
        [Service] SessionService sessions,
        [Service] AuditLog audit,
        CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (await users.IsLockedOutAsync(user))
        {
            return new WrongPasswordError();
        }

        // ChangePasswordAsync verifies the current password before it validates the new one, and reports a wrong one
        // as PasswordMismatch: one hash of the current password, not two.
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
                return new WrongPasswordError();
            }

            return new PasswordRejectedError(string.Join(' ', result.Errors.Select(e => e.Description)));
        }

        await users.ResetAccessFailedCountAsync(user);
        var tokenId = GraphQLContextData.GetUser(context.ContextData)?.FindFirst(AccessTokenClaims.TokenId)?.Value;
        var current = await sessions.SessionOfAccessTokenAsync(tokenId, cancellationToken);
        var revoked = await sessions.RevokeAllExceptAsync(user.Id, current, cancellationToken);
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        await audit.RecordAsync(AuditEventKinds.PasswordChanged, context.Services.GetService<IHttpContextAccessor>()?.HttpContext, cancellationToken,
            actorUserId: user.Id, actorClientId: viewer.ClientId);
        return new PasswordChanged(revoked);
    }
}
