using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>
/// Applies the CORS policy from <c>GraphQL:Http:Cors</c> inside the endpoint, so the host needs no CORS
/// middleware: answers preflights and adds the headers to every other response.
/// </summary>
internal sealed class HttpCors
{
    // Marks a request whose response already carries the policy's headers.
    private static readonly object AppliedKey = new();

    private readonly ICorsService _service;
    private readonly CorsPolicy? _policy;

    public HttpCors(ICorsService service, IOptions<GraphQLServerOptions> options)
    {
        _service = service;
        _policy = CreatePolicy(options.Value.Http.Cors);
    }

    /// <summary>
    /// Adds the CORS headers; true when the request was a preflight, which is then answered. Applies once per
    /// request: the endpoint calls it again after <c>UseGraphQLCors</c> already did.
    /// </summary>
    public bool Apply(HttpContext context)
    {
        if (_policy is null || !context.Request.Headers.ContainsKey(HeaderNames.Origin) || !context.Items.TryAdd(AppliedKey, true))
        {
            return false;
        }

        var result = _service.EvaluatePolicy(context, _policy);
        _service.ApplyResult(result, context.Response);
        if (!result.IsPreflightRequest)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return true;
    }

    private static CorsPolicy? CreatePolicy(HttpCorsOptions options)
    {
        if (options.AllowedOrigins.Length == 0)
        {
            return null;
        }

        var builder = new CorsPolicyBuilder().WithMethods(HttpMethods.Get, HttpMethods.Post);
        if (options.AllowedOrigins.Contains("*", StringComparer.Ordinal))
        {
            builder.AllowAnyOrigin();
        }
        else
        {
            builder.WithOrigins(options.AllowedOrigins);
            if (options.AllowCredentials)
            {
                builder.AllowCredentials();
            }
        }

        if (options.AllowedHeaders.Length == 0)
        {
            builder.AllowAnyHeader();
        }
        else
        {
            builder.WithHeaders(options.AllowedHeaders);
        }

        builder.SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));
        return builder.Build();
    }
}
