namespace KtPortal.Api.OAuth;

/// <summary>
/// The error codes of RFC 6749 §5.2 and RFC 7009 §2.2.1. Responses carry the code alone, or with a
/// description of the caller's own request syntax; never anything about clients, keys or tokens.
/// https://www.rfc-editor.org/rfc/rfc6749#section-5.2
/// </summary>
internal static class OAuthErrors
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string UnauthorizedClient = "unauthorized_client";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string InvalidScope = "invalid_scope";
    public const string UnsupportedResponseType = "unsupported_response_type";
    public const string AccessDenied = "access_denied";
    public const string LoginRequired = "login_required";
    public const string ConsentRequired = "consent_required";
}
