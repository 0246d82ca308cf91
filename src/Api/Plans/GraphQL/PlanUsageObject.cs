using KtPortal.Domain.Plans;
using KtPortal.GraphQL;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>
/// A client's use of its plan's included hours in one billing period: "You've used 7 of 10 hours this month". Hours
/// are rounded to two decimals; the minute fields are exact.
/// </summary>
/// <param name="OrganizationId">The client organization's global ID.</param>
/// <param name="Plan">The plan the client is on.</param>
/// <param name="ClientPlan">The client's plan, with its rates.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="PeriodEnd">The last day of the period (inclusive).</param>
/// <param name="IncludedHours">Hours the period includes.</param>
/// <param name="UsedHours">Hours charged to the period: billable time on covered tickets, with minimum-billing top-ups.</param>
/// <param name="RemainingHours">Included hours not used yet.</param>
/// <param name="OverageHours">Hours beyond the included ones, invoiced at the plan's rates.</param>
/// <param name="IncludedMinutes">Minutes the period includes.</param>
/// <param name="UsedMinutes">Minutes charged to the period.</param>
/// <param name="RemainingMinutes">Included minutes not used yet.</param>
/// <param name="OverageMinutes">Minutes beyond the included ones.</param>
/// <param name="OverageDevelopmentMinutes">Overage at the development rate.</param>
/// <param name="OverageSupportMinutes">Overage at the support rate.</param>
/// <param name="PercentUsed">Used minutes in percent of the included ones, rounded down (0 when none are included).</param>
[GraphQLName("PlanUsage")]
public sealed record PlanUsageObject(
    [property: ID("Organization")] Guid OrganizationId,
    MaintenancePlanObject Plan,
    ClientPlanObject ClientPlan,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal IncludedHours,
    decimal UsedHours,
    decimal RemainingHours,
    decimal OverageHours,
    int IncludedMinutes,
    int UsedMinutes,
    int RemainingMinutes,
    int OverageMinutes,
    int OverageDevelopmentMinutes,
    int OverageSupportMinutes,
    int PercentUsed)
{
    /// <summary>The GraphQL view of <paramref name="view"/>.</summary>
    public static PlanUsageObject From(PlanUsageView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var usage = view.Usage;
        return new(
            view.OrganizationId,
            MaintenancePlanObject.From(view.Plan),
            ClientPlanObject.From(view.ClientPlan, view.Plan),
            usage.StartsOn,
            usage.LastDay,
            PeriodUsage.Hours(usage.IncludedMinutes),
            PeriodUsage.Hours(usage.UsedMinutes),
            PeriodUsage.Hours(usage.RemainingMinutes),
            PeriodUsage.Hours(usage.OverageMinutes),
            usage.IncludedMinutes,
            usage.UsedMinutes,
            usage.RemainingMinutes,
            usage.OverageMinutes,
            usage.OverageDevelopmentMinutes,
            usage.OverageSupportMinutes,
            usage.IncludedMinutes == 0 ? 0 : (int)Math.Min(int.MaxValue, (long)usage.UsedMinutes * 100 / usage.IncludedMinutes));
    }
}
