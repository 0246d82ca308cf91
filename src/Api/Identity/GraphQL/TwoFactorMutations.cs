using KtPortal.Api.Audit;
using KtPortal.Domain.Identity;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.GraphQL;

/// <summary>
/// Enrolling in, and leaving, two-factor sign-in. The key lives in Identity's authenticator key store; codes are
/// checked by <see cref="AuthenticatorVerifier"/>, so a code used once (here or at sign-in) is refused in its step.
/// </summary>
[MutationType]
internal sealed class TwoFactorMutations
{
    private const string Issuer = "KtPortal";

    /// <summary>
    /// Makes a new authenticator key for the caller and returns it with its <c>otpauth://</c> URI. Nothing changes at
    /// sign-in until <c>confirmTwoFactorEnrollment</c> accepts a code from it; each call replaces the pending key.
    /// </summary>
    [Authorize]
    [Error<UserTokenRequiredException>]
    [Error<TwoFactorAlreadyEnabledError>]
    public async Task<MutationResult<TwoFactorEnrollment>> BeginTwoFactorEnrollmentAsync(
        IResolverContext context, [Service] UserManager<User> users, CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (user.TwoFactorEnabled)
        {
            // Replacing the key now would silently break the authenticator the user signs in with.
            return new TwoFactorAlreadyEnabledError();
        }

        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;

        // The Key Uri Format of Google Authenticator, which every authenticator app reads.
        // https://github.com/google/google-authenticator/wiki/Key-Uri-Format
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";
        return new TwoFactorEnrollment(key, uri);
    }

    /// <summary>
    /// Turns two-factor sign-in on when <paramref name="code"/> is the pending key's current code, and returns the
    /// recovery codes, this once.
    /// </summary>
    [Authorize]
    [Error<UserTokenRequiredException>]
    [Error<InvalidCodeError>]
    [Error<TwoFactorAlreadyEnabledError>]
    [Error<TwoFactorNotEnabledError>]
    public async Task<MutationResult<TwoFactorRecoveryCodes>> ConfirmTwoFactorEnrollmentAsync(
        string code, IResolverContext context, [Service] UserManager<User> users, [Service] AuthenticatorVerifier authenticator, [Service] RecoveryCodes recoveryCodes,
        [Service] AuditLog audit, CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorAlreadyEnabledError();
        }

        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return new TwoFactorNotEnabledError();
        }

        if (!await authenticator.VerifyAsync(user, code, cancellationToken))
        {
            return new InvalidCodeError();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await recoveryCodes.ReplaceAsync(user.Id, cancellationToken);
        await RecordAsync(context, audit, AuditEventKinds.TwoFactorEnabled, user, cancellationToken);
        return new TwoFactorRecoveryCodes(codes);
    }

    /// <summary>Replaces the caller's recovery codes; needs a current code from the authenticator.</summary>
    [Authorize]
    [Error<UserTokenRequiredException>]
    [Error<InvalidCodeError>]
    [Error<TwoFactorNotEnabledError>]
    public async Task<MutationResult<TwoFactorRecoveryCodes>> RegenerateRecoveryCodesAsync(
        string code, IResolverContext context, [Service] UserManager<User> users, [Service] AuthenticatorVerifier authenticator, [Service] RecoveryCodes recoveryCodes,
        [Service] AuditLog audit, CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (!user.TwoFactorEnabled)
        {
            return new TwoFactorNotEnabledError();
        }

        if (!await authenticator.VerifyAsync(user, code, cancellationToken))
        {
            return new InvalidCodeError();
        }

        var codes = await recoveryCodes.ReplaceAsync(user.Id, cancellationToken);
        await RecordAsync(context, audit, AuditEventKinds.RecoveryCodesRegenerated, user, cancellationToken);
        return new TwoFactorRecoveryCodes(codes);
    }

    /// <summary>
    /// Turns two-factor sign-in off; needs a current code from the authenticator or an unused recovery code. The key
    /// and the remaining recovery codes are discarded.
    /// </summary>
    [Authorize]
    [Error<UserTokenRequiredException>]
    [Error<InvalidCodeError>]
    [Error<TwoFactorNotEnabledError>]
    public async Task<MutationResult<TwoFactorStatus>> DisableTwoFactorAsync(
        string code, IResolverContext context, [Service] UserManager<User> users, [Service] AuthenticatorVerifier authenticator, [Service] RecoveryCodes recoveryCodes,
        [Service] AuditLog audit, CancellationToken cancellationToken)
    {
        var user = await IdentityReader.GetUserAsync(context, users, cancellationToken);
        if (!user.TwoFactorEnabled)
        {
            return new TwoFactorNotEnabledError();
        }

        var byAuthenticator = await authenticator.VerifyAsync(user, code, cancellationToken);
        if (!byAuthenticator && !await recoveryCodes.RedeemAsync(user.Id, code, cancellationToken))
        {
            return new InvalidCodeError();
        }

        if (!byAuthenticator)
        {
            await RecordAsync(context, audit, AuditEventKinds.RecoveryCodeUsed, user, cancellationToken);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await recoveryCodes.DeleteAsync(user.Id, cancellationToken);
        await RecordAsync(context, audit, AuditEventKinds.TwoFactorDisabled, user, cancellationToken);
        return new TwoFactorStatus(false);
    }

    private static async Task RecordAsync(IResolverContext context, [Service] AuditLog audit, string kind, User user, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var http = context.Services.GetService<IHttpContextAccessor>()?.HttpContext;
        await audit.RecordAsync(kind, http, cancellationToken, actorUserId: user.Id, actorClientId: viewer.ClientId, organizationId: viewer.CurrentOrganizationId);
    }
}
