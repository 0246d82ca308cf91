using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.OAuth;
using KtPortal.Api.RateLimiting;
using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.EmailConfirmation;

/// <summary>Asking for another email confirmation mail.</summary>
[MutationType]
internal sealed class EmailConfirmationMutations
{
    /// <summary>Confirmation mails per user per hour.</summary>
    public const int PerUserPerHour = 3;

    /// <summary>
    /// Mails the caller a new link to confirm their email address. At most three an hour; past that the answer is
    /// the same but no mail is added.
    /// </summary>
    [Authorize]
    [Error<UserTokenRequiredException>]
    [Error<EmailAlreadyConfirmedError>]
    public async Task<MutationResult<EmailConfirmationSent>> ResendEmailConfirmationAsync(
        IResolverContext context, [Service] UserManager<User> users, [Service] EmailConfirmations confirmations, [Service] IRateLimitCounter counter,
        [Service] OAuthIssuer issuer, CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (user.Email is null)
        {
            throw new UserTokenRequiredException();
        }

        if (user.EmailConfirmed)
        {
            return new EmailAlreadyConfirmedError();
        }

        var http = context.Services.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        var window = await counter.IncrementAsync("email-confirmation:" + user.Id.ToString("N"), 1, TimeSpan.FromHours(1), cancellationToken);
        if (window.Used <= PerUserPerHour)
        {
            await confirmations.SendAsync(user, issuer.Resolve(http.Request), cancellationToken);
        }

        return new EmailConfirmationSent(user.Email);
    }
}
