namespace KtPortal.Api.Audit;

/// <summary>The kinds of security events the audit log records.</summary>
public static class AuditEventKinds
{
    /// <summary>An access token was issued.</summary>
    public const string TokenIssued = "TOKEN_ISSUED";

    /// <summary>A client revoked one of its tokens.</summary>
    public const string TokenRevoked = "TOKEN_REVOKED";

    /// <summary>A client failed to authenticate at the token, introspection or revocation endpoint.</summary>
    public const string ClientAuthenticationFailed = "CLIENT_AUTHENTICATION_FAILED";

    /// <summary>A user signed in (recorded by the sign-in flow).</summary>
    public const string SignIn = "SIGN_IN";

    /// <summary>A user failed to sign in (recorded by the sign-in flow).</summary>
    public const string SignInFailed = "SIGN_IN_FAILED";

    /// <summary>A membership's role changed.</summary>
    public const string RoleChanged = "ROLE_CHANGED";

    /// <summary>A user turned two-factor sign-in on by confirming a code from a new authenticator.</summary>
    public const string TwoFactorEnabled = "TWO_FACTOR_ENABLED";

    /// <summary>A user turned two-factor sign-in off.</summary>
    public const string TwoFactorDisabled = "TWO_FACTOR_DISABLED";

    /// <summary>A user replaced their recovery codes.</summary>
    public const string RecoveryCodesRegenerated = "RECOVERY_CODES_REGENERATED";

    /// <summary>A recovery code was redeemed (at sign-in or to turn two-factor sign-in off).</summary>
    public const string RecoveryCodeUsed = "RECOVERY_CODE_USED";

    /// <summary>Someone asked for a password reset mail (recorded whether or not the account exists; no email is kept).</summary>
    public const string PasswordResetRequested = "PASSWORD_RESET_REQUESTED";

    /// <summary>A user set a new password through a reset link; every session of theirs was revoked.</summary>
    public const string PasswordReset = "PASSWORD_RESET";

    /// <summary>An organization's admin invited an email address (the invitation's id and role are kept, not the address).</summary>
    public const string InvitationSent = "INVITATION_SENT";

    /// <summary>An invitee accepted through the mailed link and joined (or already was a member).</summary>
    public const string InvitationAccepted = "INVITATION_ACCEPTED";

    /// <summary>An organization's admin withdrew a pending invitation.</summary>
    public const string InvitationRevoked = "INVITATION_REVOKED";

    /// <summary>An organization's admin removed a member.</summary>
    public const string MemberRemoved = "MEMBER_REMOVED";

    /// <summary>A user withdrew their consent to a third-party client (and so ended their sessions at it).</summary>
    public const string ConsentRevoked = "CONSENT_REVOKED";

    /// <summary>A signed-in user changed their password; their other sessions were revoked.</summary>
    public const string PasswordChanged = "PASSWORD_CHANGED";
}
