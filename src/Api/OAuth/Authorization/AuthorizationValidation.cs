namespace KtPortal.Api.OAuth.Authorization;

/// <summary>The outcome of validating an authorization request: valid, an error page, or an error redirect.</summary>
internal sealed record AuthorizationValidation(
    AuthorizationRequest? Request,
    string? PageMessage,
    string? RedirectUri,
    string? State,
    string? Error,
    string? ErrorDescription)
{
    public static AuthorizationValidation Valid(AuthorizationRequest request) => new(request, null, null, null, null, null);

    public static AuthorizationValidation Page(string message) => new(null, message, null, null, null, null);

    public static AuthorizationValidation Redirect(string redirectUri, string? state, string error, string? description) =>
        new(null, null, redirectUri, state, error, description);
}
