using KtPortal.Api.OAuth;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Identity.PasswordReset;

/// <summary>Asking for a password reset mail; the reset itself happens on the page the mail links to.</summary>
[MutationType]
internal sealed class PasswordResetMutations
{
    /// <summary>
    /// Sends a link to choose a new password to <paramref name="email"/> when it belongs to an account. Anyone may
    /// ask; the answer is the same whether or not the account exists, and requests are limited per email and per
    /// address.
    /// </summary>
    public async Task<RequestPasswordResetPayload> RequestPasswordResetAsync(
        string email, IResolverContext context, [Service] PasswordResets resets, [Service] OAuthIssuer issuer, CancellationToken cancellationToken)
    {
        var http = context.Services.GetService<IHttpContextAccessor>()?.HttpContext;
        if (http is not null)
        {
            await resets.RequestAsync(email, http, issuer.Resolve(http.Request), cancellationToken);
        }

        return new RequestPasswordResetPayload(true);
    }
}
