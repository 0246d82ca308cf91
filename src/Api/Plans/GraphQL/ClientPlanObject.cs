using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Plans;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>A client organization on a maintenance plan, with the rates that apply to it.</summary>
/// <param name="Id">The client plan's ID.</param>
/// <param name="OrganizationId">The client organization's global ID.</param>
/// <param name="Plan">The catalogue plan.</param>
/// <param name="StartsOn">The first day the plan covers.</param>
/// <param name="EndedOn">The last day the plan covers, once ended; null while active.</param>
/// <param name="BillingCycleDay">The day of the month each period starts on.</param>
/// <param name="DevelopmentRate">The development rate that applies: the client's override, else the plan's.</param>
/// <param name="SupportRate">The support rate that applies: the client's override, else the plan's.</param>
/// <param name="RatesOverridden">Whether either rate is the client's own.</param>
[GraphQLName("ClientPlan")]
public sealed record ClientPlanObject(
    [property: ID("ClientPlan")] Guid Id,
    [property: ID("Organization")] Guid OrganizationId,
    MaintenancePlanObject Plan,
    DateOnly StartsOn,
    DateOnly? EndedOn,
    int BillingCycleDay,
    Money DevelopmentRate,
    Money SupportRate,
    bool RatesOverridden)
{
    /// <summary>The client organization.</summary>
    public Task<OrganizationNode?> OrganizationAsync(IResolverContext context, CancellationToken cancellationToken)
        => IdentityReader.FindOrganizationAsync(context, OrganizationId, cancellationToken);

    /// <summary>The GraphQL view of <paramref name="clientPlan"/> on <paramref name="plan"/>.</summary>
    public static ClientPlanObject From(ClientPlan clientPlan, MaintenancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(clientPlan);
        ArgumentNullException.ThrowIfNull(plan);
        var (development, support) = clientPlan.RatesFrom(plan);
        return new(
            clientPlan.Id,
            clientPlan.OrganizationId,
            MaintenancePlanObject.From(plan),
            clientPlan.StartsOn,
            clientPlan.EndedOn,
            clientPlan.BillingCycleDay,
            new Money(development, plan.Currency),
            new Money(support, plan.Currency),
            clientPlan.DevelopmentRateOverride is not null || clientPlan.SupportRateOverride is not null);
    }
}
