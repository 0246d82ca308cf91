using KtPortal.Domain.Plans;

namespace KtPortal.Api.Plans;

/// <summary>A client's usage of one billing period, with the plan it is on.</summary>
/// <param name="OrganizationId">The client organization.</param>
/// <param name="Plan">The catalogue plan.</param>
/// <param name="ClientPlan">The client's plan (its start, end and rate overrides).</param>
/// <param name="Usage">The period's usage.</param>
public sealed record PlanUsageView(Guid OrganizationId, MaintenancePlan Plan, ClientPlan ClientPlan, PeriodUsage Usage);
