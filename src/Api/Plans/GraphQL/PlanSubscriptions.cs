using System.Runtime.CompilerServices;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Live plan usage.</summary>
[SubscriptionType]
public sealed class PlanSubscriptions
{
    /// <summary>
    /// The current period's usage each time it changes (time logged, a plan assigned or ended), for
    /// <c>organizationId</c> (by default the caller's organization; staff may leave it out to follow every client).
    /// Only organizations the subscriber may see, read again in the subscriber's own tenant transaction.
    /// </summary>
    [Authorize]
    [Subscribe]
    public async IAsyncEnumerable<PlanUsageObject> PlanUsageChangedAsync(
        IResolverContext context,
        [Service] ITopicEventReceiver receiver,
        [Service] PlanUsageReader reader,
        [ID("Organization")] Guid? organizationId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The viewer is kept for the subscription and resolved again every 30 s, as for the ticket subscriptions, so a
        // removed membership stops the events soon without a membership query per event.
        var subscriber = await SubscriberViewer.StartAsync(context, cancellationToken);
        await using var stream = await receiver.SubscribeAsync<PlanUsageChanged>(PlanUsageChanged.Topic, cancellationToken);
        await foreach (var changed in stream.ReadEventsAsync(cancellationToken))
        {
            var viewer = await subscriber.CurrentAsync(cancellationToken);
            var wanted = viewer.IsStaff ? organizationId : PlanQueries.DefaultOrganization(viewer, organizationId);
            if (!Follows(viewer, wanted, changed.OrganizationId))
            {
                continue;
            }

            if (await reader.ReadAsync(viewer, changed.OrganizationId, on: null, cancellationToken) is { } usage)
            {
                yield return PlanUsageObject.From(usage);
            }
        }
    }

    private static bool Follows(Viewer viewer, Guid? wanted, Guid organizationId)
        => viewer.CanSee(organizationId) && (wanted is null || wanted == organizationId);
}
