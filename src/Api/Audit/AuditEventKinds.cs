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
}
