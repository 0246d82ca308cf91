namespace KtPortal.Api.OAuth;

/// <summary>The scopes of the API itself (as opposed to OpenID Connect's), for <c>[Authorize(Scopes = ...)]</c>.</summary>
public static class ApiScopes
{
    /// <summary>Reading API data.</summary>
    public const string Read = "api:read";

    /// <summary>Changing API data: asked for by the mutations that change other people's access (members, invitations, consents).</summary>
    public const string Write = "api:write";
}
