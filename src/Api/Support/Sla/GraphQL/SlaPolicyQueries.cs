using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Support.Sla.GraphQL;

/// <summary>The <c>slaPolicies</c> query.</summary>
[QueryType]
public sealed class SlaPolicyQueries
{
    /// <summary>The SLA policy of every priority, most urgent first. Staff only: anyone else gets AUTH_NOT_AUTHORIZED.</summary>
    [Authorize(Policy = StaffPolicy.Name)]
    public async Task<IReadOnlyList<SlaPolicyObject>> SlaPoliciesAsync(IResolverContext context, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var policies = await context.Service<TenantDatabase>().RunAsync(viewer, (db, ct) => db.SlaPolicies.AsNoTracking().ToListAsync(ct), cancellationToken);
        return [.. policies.OrderByDescending(p => p.Priority).Select(SlaPolicyObject.From)];
    }
}
