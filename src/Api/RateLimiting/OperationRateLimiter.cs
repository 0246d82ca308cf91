using KtPortal.GraphQL;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.RateLimiting;

/// <summary>
/// Charges each GraphQL operation its points before it runs, like GitHub's GraphQL API: the static type cost over
/// <see cref="RateLimitOptions.TypeCostPerPoint"/>, at least one point. An operation that does not fit into what
/// is left is refused with <c>RATE_LIMITED</c> (HTTP 429) and its points are given back, so concurrent requests
/// never spend more than the limit together.
/// </summary>
internal sealed class OperationRateLimiter(IRateLimitCounter counter, IHttpContextAccessor accessor, IOptions<RateLimitOptions> options) : IOperationCostLimiter
{
    /// <summary>The error code of a refused operation.</summary>
    public const string RateLimited = "RATE_LIMITED";

    public async ValueTask<GraphQLError?> ChargeAsync(OperationRequest request, OperationCost cost, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || accessor.HttpContext is not { } context)
        {
            return null;
        }

        var (key, limit) = RateLimitCaller.Of(context, settings);
        var points = Points(cost.TypeCost, settings.TypeCostPerPoint);
        var window = await counter.IncrementAsync(key, points, settings.Window, cancellationToken);
        var state = RateLimitHeaders.State(context);
        state.Limit = limit;
        if (window.Used <= limit)
        {
            state.Window = window;
            return null;
        }

        state.Window = await counter.IncrementAsync(key, -points, settings.Window, cancellationToken);
        state.Exceeded = true;
        return new GraphQLError($"API rate limit exceeded: this operation costs {points} points and {Math.Max(0, limit - state.Window.Value.Used)} of {limit} are left until the window resets.")
        {
            Code = RateLimited,
        };
    }

    /// <summary>The points of an operation whose static type cost is <paramref name="typeCost"/>.</summary>
    public static long Points(double typeCost, double typeCostPerPoint)
        => Math.Max(1, (long)Math.Ceiling(typeCost / typeCostPerPoint));
}
