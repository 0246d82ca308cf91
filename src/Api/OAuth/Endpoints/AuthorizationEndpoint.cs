using KtPortal.Api.Identity.Login;
using KtPortal.Api.OAuth.Authorization;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace KtPortal.Api.OAuth.Endpoints;

/// <summary>
/// <c>GET|POST /oauth/authorize</c> (RFC 6749 §3.1, OpenID Connect Core 1.0 §3.1.2): the code flow with PKCE.
/// A user who is not signed in is sent to the login page and back; a third-party client's request is shown on a
/// consent page first, which posts to <c>/oauth/authorize/consent</c>. The response carries <c>code</c>,
/// <c>state</c> and <c>iss</c> (RFC 9207).
/// </summary>
internal static class AuthorizationEndpoint
{
    public const string Path = "/oauth/authorize";
    public const string ConsentPath = "/oauth/authorize/consent";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, HandleAsync);
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        endpoints.MapPost(ConsentPath, ConsentAsync).DisableAntiforgery();
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context, PortalDbContext db, AuthorizationCodes codes, ConsentStore consents, OAuthIssuer issuerName, IAntiforgery antiforgery, TimeProvider clock)
    {
        // OpenID Connect Core 1.0 §3.1.2.1: GET with a query, or POST with a form.
        IEnumerable<KeyValuePair<string, StringValues>> parameters = HttpMethods.IsPost(context.Request.Method)
            ? context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : []
            : context.Request.Query;
        var (validation, query) = await ValidateAsync(parameters, db, context.RequestAborted);
        if (validation.Request is not { } request)
        {
            return Refuse(context, validation, issuerName);
        }

        var session = await SignInSession.ReadAsync(context);
        if (session is null)
        {
            // OpenID Connect Core 1.0 §3.1.2.6: with prompt=none the server must not show a page.
            return request.Prompt == "none"
                ? ErrorRedirect(request.RedirectUri, request.State, OAuthErrors.LoginRequired, null, issuerName.Resolve(context.Request))
                : Results.Redirect($"{LoginEndpoints.LoginPath}?returnUrl={Uri.EscapeDataString(Path + QueryString.Create(query))}");
        }

        // OpenID Connect Core 1.0 §3.1.2.4: consent the user already gave for these scopes is not asked again;
        // prompt=consent asks regardless.
        // https://openid.net/specs/openid-connect-core-1_0.html#Consent
        if (request.Client.RequireConsent
            && (request.Prompt == "consent" || !await consents.CoversAsync(session.UserId, request.Client.ClientId, request.Scopes, context.RequestAborted)))
        {
            return request.Prompt == "none"
                ? ErrorRedirect(request.RedirectUri, request.State, OAuthErrors.ConsentRequired, null, issuerName.Resolve(context.Request))
                : ConsentPage(context, antiforgery, request, QueryString.Create(query).Value!);
        }

        return await IssueCodeAsync(context, codes, issuerName, clock, request, session);
    }

    private static async Task<IResult> ConsentAsync(
        HttpContext context, PortalDbContext db, AuthorizationCodes codes, ConsentStore consents, OAuthIssuer issuerName, IAntiforgery antiforgery, TimeProvider clock)
    {
        if (await LoginEndpoints.ValidateFormAsync(context, antiforgery) is { } refused)
        {
            return refused;
        }

        // The consent form carries the original request, which is validated again from scratch.
        var form = context.Request.Form;
        var parameters = QueryHelpers.ParseQuery((string?)form["request"] ?? string.Empty);
        var (validation, _) = await ValidateAsync(parameters, db, context.RequestAborted);
        if (validation.Request is not { } request)
        {
            return Refuse(context, validation, issuerName);
        }

        var session = await SignInSession.ReadAsync(context);
        if (session is null)
        {
            return Results.Redirect($"{LoginEndpoints.LoginPath}?returnUrl={Uri.EscapeDataString(Path + (string?)form["request"])}");
        }

        if (form["decision"] != "allow")
        {
            return ErrorRedirect(request.RedirectUri, request.State, OAuthErrors.AccessDenied, null, issuerName.Resolve(context.Request));
        }

        await consents.GrantAsync(session.UserId, request.Client.ClientId, request.Scopes, context.RequestAborted);
        return await IssueCodeAsync(context, codes, issuerName, clock, request, session);
    }

    private static async Task<(AuthorizationValidation Validation, IEnumerable<KeyValuePair<string, string?>> Query)> ValidateAsync(
        IEnumerable<KeyValuePair<string, StringValues>> parameters, PortalDbContext db, CancellationToken cancellationToken)
    {
        var list = parameters.ToList();
        string? clientId = list.FirstOrDefault(p => p.Key == "client_id").Value.FirstOrDefault();
        var client = string.IsNullOrEmpty(clientId)
            ? null
            : await db.OAuthClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var query = list.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        return (AuthorizationRequest.Validate(list, client), query);
    }

    private static async Task<IResult> IssueCodeAsync(
        HttpContext context, AuthorizationCodes codes, OAuthIssuer issuerName, TimeProvider clock, AuthorizationRequest request, SignInSession session)
    {
        var now = clock.GetUtcNow();
        var code = await codes.CreateAsync(
            new AuthorizationCode(request.Client.ClientId, session.UserId, request.RedirectUri, string.Join(' ', request.Scopes),
                request.CodeChallenge, request.Nonce, session.AuthTime, session.Amr, now + AuthorizationCodes.Lifetime),
            now,
            context.RequestAborted);

        // RFC 6749 §4.1.2 and RFC 9207 §2: code, the client's state, and our issuer identifier.
        var parameters = new Dictionary<string, string?> { ["code"] = code };
        if (request.State is not null)
        {
            parameters["state"] = request.State;
        }

        parameters["iss"] = issuerName.Resolve(context.Request);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, parameters));
    }

    private static IResult Refuse(HttpContext context, AuthorizationValidation validation, OAuthIssuer issuerName) =>
        validation.PageMessage is { } message
            ? HtmlPage.Render(context, "Cannot sign in", HtmlPage.Error(message), StatusCodes.Status400BadRequest)
            : ErrorRedirect(validation.RedirectUri!, validation.State, validation.Error!, validation.ErrorDescription, issuerName.Resolve(context.Request));

    private static IResult ErrorRedirect(string redirectUri, string? state, string error, string? description, string issuer)
    {
        // RFC 6749 §4.1.2.1; RFC 9207 §2: iss accompanies error responses too.
        var parameters = new Dictionary<string, string?> { ["error"] = error };
        if (description is not null)
        {
            parameters["error_description"] = description;
        }

        if (state is not null)
        {
            parameters["state"] = state;
        }

        parameters["iss"] = issuer;
        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, parameters));
    }

    private static IResult ConsentPage(HttpContext context, IAntiforgery antiforgery, AuthorizationRequest request, string query)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var scopes = string.Concat(request.Scopes.Select(s => $"<li>{HtmlPage.E(s)}</li>"));
        return HtmlPage.Render(context, "Allow access?",
            $"""
            <p><strong>{HtmlPage.E(request.Client.DisplayName)}</strong> asks to act on your behalf with:</p>
            <ul>{scopes}</ul>
            <form method="post" action="{ConsentPath}">
            {HtmlPage.Csrf(tokens)}
            <input type="hidden" name="request" value="{HtmlPage.E(query)}">
            <button type="submit" name="decision" value="allow">Allow</button>
            <button type="submit" name="decision" value="deny">Deny</button>
            </form>
            """);
    }
}
