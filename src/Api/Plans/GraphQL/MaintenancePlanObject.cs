using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Plans;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>A maintenance plan of the agency's catalogue.</summary>
/// <param name="Id">The plan's global ID.</param>
/// <param name="Name">The plan's name, unique in the catalogue.</param>
/// <param name="IncludedHours">Hours included in each monthly period (no rollover).</param>
/// <param name="CoveredTicketTypes">The ticket types whose billable time deducts from the included hours.</param>
/// <param name="CoveredCategories">The covered categories; empty covers every category of a covered type.</param>
/// <param name="DevelopmentRate">The hourly development rate, for overage.</param>
/// <param name="SupportRate">The hourly support rate, for overage.</param>
/// <param name="MonthlyFee">The fee of each monthly period.</param>
/// <param name="BillingCycleDay">The day of the month (1 to 28) each period starts on.</param>
/// <param name="UpdatedAt">When the plan last changed.</param>
[Node]
[GraphQLName("MaintenancePlan")]
public sealed record MaintenancePlanObject(
    Guid Id,
    string Name,
    decimal IncludedHours,
    IReadOnlyList<string> CoveredTicketTypes,
    IReadOnlyList<string> CoveredCategories,
    Money DevelopmentRate,
    Money SupportRate,
    Money MonthlyFee,
    int BillingCycleDay,
    DateTimeOffset UpdatedAt)
{
    /// <summary>A plan of the catalogue, or null.</summary>
    [NodeResolver]
    public static async Task<MaintenancePlanObject?> GetAsync(Guid id, IResolverContext context, [Service] PlanCatalog catalog, CancellationToken cancellationToken)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        return viewer.IsAuthenticated && await catalog.FindAsync(viewer, id, cancellationToken) is { } plan ? From(plan) : null;
    }

    /// <summary>The GraphQL view of <paramref name="plan"/>.</summary>
    public static MaintenancePlanObject From(MaintenancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(
            plan.Id,
            plan.Name,
            PeriodUsage.Hours(plan.IncludedMinutes),
            plan.CoveredTicketTypes,
            plan.CoveredCategories,
            new Money(plan.DevelopmentRate, plan.Currency),
            new Money(plan.SupportRate, plan.Currency),
            new Money(plan.MonthlyFee, plan.Currency),
            plan.BillingCycleDay,
            plan.UpdatedAt);
    }
}
