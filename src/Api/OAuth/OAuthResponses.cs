using KtPortal.Api.OAuth.Clients;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KtPortal.Api.OAuth;

/// <summary>Builds the endpoints' error responses.</summary>
internal static class OAuthResponses
{
    /// <summary>A 400 error with the given code.</summary>
    public static JsonHttpResult<OAuthErrorResponse> Error(string error, string? description = null) =>
        TypedResults.Json(new OAuthErrorResponse(error, description), statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// The answer to a failed client authentication: <c>invalid_client</c> is 401 with a Basic challenge
    /// (RFC 6749 §5.2; RFC 9110 §15.5.2 requires the challenge on every 401), <c>invalid_request</c> is 400.
    /// </summary>
    public static JsonHttpResult<OAuthErrorResponse> ClientFailure(HttpContext context, ClientAuthenticationResult result)
    {
        if (result.Error != OAuthErrors.InvalidClient)
        {
            return Error(result.Error!);
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"ktportal\", charset=\"UTF-8\"";
        return TypedResults.Json(new OAuthErrorResponse(OAuthErrors.InvalidClient), statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Reads a form body, or says why it cannot be one (not a form, or a parameter given twice).</summary>
    public static async Task<(IFormCollection? Form, string? Problem)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // RFC 6749 §3.2: the token endpoint takes application/x-www-form-urlencoded over POST.
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The body must be application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // Past the form limits (value count or length): the body is not a request we serve.
            return (null, "The body is not a valid form.");
        }

        foreach (var (_, values) in form)
        {
            // RFC 6749 §3.2: request parameters MUST NOT be included more than once.
            if (values.Count > 1)
            {
                return (null, "A parameter is repeated.");
            }
        }

        return (form, null);
    }
}
