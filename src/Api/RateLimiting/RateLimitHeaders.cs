using System.Globalization;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.RateLimiting;

/// <summary>
/// Announces the caller's budget on every GraphQL HTTP response, as GitHub does: <c>x-ratelimit-limit</c>,
/// <c>x-ratelimit-remaining</c>, <c>x-ratelimit-used</c> and <c>x-ratelimit-reset</c> (Unix seconds). A refused
/// operation turns the response into 429 with <c>Retry-After</c>.
/// </summary>
internal static class RateLimitHeaders
{
    private static readonly object StateKey = new();

    public static RateLimitState State(HttpContext context)
    {
        if (context.Items.TryGetValue(StateKey, out var value) && value is RateLimitState state)
        {
            return state;
        }

        state = new RateLimitState();
        context.Items[StateKey] = state;
        return state;
    }

    public static IApplicationBuilder UsePortalRateLimitHeaders(this IApplicationBuilder app, PathString path)
        => app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(path) && !context.WebSockets.IsWebSocketRequest)
            {
                context.Response.OnStarting(() => WriteAsync(context));
            }

            await next(context);
        });

    private static async Task WriteAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!options.Enabled)
        {
            return;
        }

        var state = State(context);
        var (key, limit) = RateLimitCaller.Of(context, options);
        var window = state.Window
            ?? await context.RequestServices.GetRequiredService<IRateLimitCounter>().IncrementAsync(key, 0, options.Window, context.RequestAborted);
        limit = state.Window is null ? limit : state.Limit;
        var headers = context.Response.Headers;
        headers["x-ratelimit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-remaining"] = Math.Max(0, limit - window.Used).ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-used"] = window.Used.ToString(CultureInfo.InvariantCulture);
        headers["x-ratelimit-reset"] = window.ResetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        if (state.Exceeded)
        {
            // RFC 6585 §4; RFC 9110 §10.2.3.
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            var wait = Math.Max(1, (long)Math.Ceiling((window.ResetAt - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalSeconds));
            headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        }
    }
}
