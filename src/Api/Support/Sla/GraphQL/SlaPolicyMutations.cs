using KtPortal.Api.Identity;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.Support.Sla.GraphQL;

/// <summary>Changing SLA policies.</summary>
[MutationType]
public sealed class SlaPolicyMutations
{
    /// <summary>
    /// Sets the SLA targets of one priority. Tickets filed from now on get due times from the new targets; tickets
    /// already filed keep theirs. Agency admins only: anyone else gets AUTH_NOT_AUTHORIZED. Each target must be 1 to
    /// 525,600 minutes, and resolution cannot be due before the first response; otherwise <c>InvalidSlaTargetError</c>
    /// names the input field and nothing changes.
    /// </summary>
    /// <param name="priority">The priority whose policy changes.</param>
    /// <param name="firstResponseMinutes">Minutes from creation to the first public staff reply.</param>
    /// <param name="resolutionMinutes">Minutes from creation to resolution, not counting time waiting on the client.</param>
    /// <param name="context">The request.</param>
    /// <param name="clock">The server's clock.</param>
    /// <param name="cancellationToken">The request's token.</param>
    [Authorize(Policy = AgencyAdminPolicy.Name)]
    [Error<InvalidSlaTargetError>]
    public async Task<MutationResult<SlaPolicyObject>> UpdateSlaPolicyAsync(
        TicketPriority priority, int firstResponseMinutes, int resolutionMinutes, IResolverContext context, [Service] TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = SlaTargets.Validate(firstResponseMinutes, resolutionMinutes);
        if (validation.Targets is not { } targets)
        {
            return MutationResult<SlaPolicyObject>.FromErrors([.. validation.Problems.Select(p => new InvalidSlaTargetError(p))]);
        }

        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var now = clock.GetUtcNow();
        return await context.Service<TenantDatabase>().RunAsync(viewer, async (db, ct) =>
        {
            var policy = await db.SlaPolicies.SingleOrDefaultAsync(p => p.Priority == priority, ct);
            if (policy is null)
            {
                policy = new SlaPolicy(priority, targets, now);
                db.SlaPolicies.Add(policy);
            }
            else
            {
                policy.Change(targets, now);
            }

            await db.SaveChangesAsync(ct);
            return SlaPolicyObject.From(policy);
        }, cancellationToken);
    }
}
