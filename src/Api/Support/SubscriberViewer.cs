using System.Security.Claims;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support;

/// <summary>
/// The viewer of one subscription, resolved when it starts and reused for its events, so that an event does not
/// cost every subscriber a membership query. It is resolved again once it is older than
/// <see cref="RefreshInterval"/> (checked when an event arrives), so a membership removed while the socket stays
/// open stops the subscriber's events within that time. The token's own expiry closes the socket (4403).
/// </summary>
internal sealed class SubscriberViewer
{
    /// <summary>How long a subscription may act on memberships it read earlier.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly ClaimsPrincipal? _principal;
    private readonly ViewerResolver _resolver;
    private readonly TimeProvider _clock;
    private Viewer _viewer;
    private DateTimeOffset _refreshAt;

    private SubscriberViewer(ClaimsPrincipal? principal, ViewerResolver resolver, TimeProvider clock, Viewer viewer)
    {
        _principal = principal;
        _resolver = resolver;
        _clock = clock;
        _viewer = viewer;
        _refreshAt = NextRefresh();
    }

    /// <summary>The viewer of the subscription that <paramref name="context"/> starts (the request's, already resolved or not).</summary>
    public static async Task<SubscriberViewer> StartAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return new SubscriberViewer(
            GraphQLContextData.GetUser(context.ContextData), context.Service<ViewerResolver>(), context.Service<TimeProvider>(), viewer);
    }

    /// <summary>
    /// The viewer for the next event: the one already resolved, or a new one once it is due. A subscription's events
    /// come one at a time, so calls do not overlap.
    /// </summary>
    public async ValueTask<Viewer> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_clock.GetUtcNow() >= _refreshAt)
        {
            _viewer = await _resolver.ResolveAsync(_principal, cancellationToken);
            _refreshAt = NextRefresh();
        }

        return _viewer;
    }

    // Subscriptions opened together would otherwise all refresh on the same event: each waits between three
    // quarters of the interval and the whole of it, so the refreshes spread out and none is later than the interval.
    private DateTimeOffset NextRefresh()
        => _clock.GetUtcNow() + (RefreshInterval * (0.75 + (0.25 * Random.Shared.NextDouble())));
}
