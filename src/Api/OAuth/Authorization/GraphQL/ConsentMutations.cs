using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.OAuth.Sessions;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.OAuth.Authorization.GraphQL;

/// <summary>Withdrawing a remembered consent.</summary>
[MutationType]
internal sealed class ConsentMutations
{
    /// <summary>
    /// Withdraws the caller's consent to a third-party app: its next authorization shows the consent page again, and the
    /// caller's sessions at the app end now (its refresh and access tokens stop working), since the app keeps no access
    /// the caller no longer allows.
    /// </summary>
    [Authorize(Scopes = [ApiScopes.Write])]
    [Error<ConsentNotFoundError>]
    public async Task<MutationResult<RevokeConsentPayload>> RevokeConsentAsync(
        string clientId,
        IResolverContext context,
        [Service] ConsentStore consents,
        [Service] SessionService sessions,
        [Service] AuditLog audit,
        CancellationToken cancellationToken)
    {
        var caller = await IdentityReader.GetViewerAsync(context, cancellationToken);
        if (caller.UserId is not { } userId || clientId.Length is 0 or > 100 || !await consents.RevokeAsync(userId, clientId, cancellationToken))
        {
            return new ConsentNotFoundError();
        }

        var revoked = await sessions.RevokeAllForClientAsync(userId, clientId, cancellationToken);
        await audit.RecordAsync(AuditEventKinds.ConsentRevoked, context.Services.GetService<IHttpContextAccessor>()?.HttpContext, cancellationToken,
            actorUserId: userId, actorClientId: caller.ClientId, detail: new Dictionary<string, string> { ["client"] = clientId });
        return new RevokeConsentPayload(clientId, revoked);
    }
}
