using KtPortal.Api.Audit;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Plans;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Staff manage the plan catalogue and put clients on plans.</summary>
[MutationType]
public sealed class PlanMutations
{
    /// <summary>Adds a plan to the catalogue. Staff only.</summary>
    /// <param name="name">The plan's name, unique in the catalogue.</param>
    /// <param name="includedHours">Hours included per month, in whole minutes (7.5 is 7 h 30 min).</param>
    /// <param name="coveredTicketTypes">The ticket types whose billable time deducts from the included hours.</param>
    /// <param name="developmentRate">The hourly development rate.</param>
    /// <param name="supportRate">The hourly support rate.</param>
    /// <param name="monthlyFee">The monthly fee.</param>
    /// <param name="coveredCategories">The covered categories; empty covers every category.</param>
    /// <param name="currency">The ISO 4217 currency of the rates and the fee.</param>
    /// <param name="billingCycleDay">The day of the month (1 to 28) each period starts on.</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="cancellationToken">The request's token.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<InvalidPlanInputError>]
    [Error<PlanNameTakenException>]
    public async Task<MaintenancePlanObject> CreateMaintenancePlanAsync(
        string name,
        decimal includedHours,
        IReadOnlyList<string> coveredTicketTypes,
        decimal developmentRate,
        decimal supportRate,
        decimal monthlyFee,
        IResolverContext context,
        [Service] PlanCatalog catalog,
        CancellationToken cancellationToken,
        IReadOnlyList<string>? coveredCategories = null,
        string currency = "USD",
        int billingCycleDay = 1)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var terms = new PlanTerms(
            name, Minutes(includedHours), coveredTicketTypes, coveredCategories ?? [], developmentRate, supportRate, monthlyFee, currency, billingCycleDay);
        return MaintenancePlanObject.From(await catalog.CreateAsync(viewer, terms, cancellationToken));
    }

    /// <summary>
    /// Changes the given terms of a plan; the others stay. Clients already on the plan keep their billing-cycle day,
    /// and periods already made keep their included hours and rates. Staff only.
    /// </summary>
    /// <param name="id">The plan.</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="name">A new name.</param>
    /// <param name="includedHours">New included hours per month.</param>
    /// <param name="coveredTicketTypes">New covered ticket types.</param>
    /// <param name="coveredCategories">New covered categories.</param>
    /// <param name="developmentRate">A new development rate.</param>
    /// <param name="supportRate">A new support rate.</param>
    /// <param name="monthlyFee">A new monthly fee.</param>
    /// <param name="currency">A new currency.</param>
    /// <param name="billingCycleDay">A new billing-cycle day, for clients put on the plan from now on.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<MaintenancePlanNotFoundException>]
    [Error<InvalidPlanInputError>]
    [Error<PlanNameTakenException>]
    public async Task<MaintenancePlanObject> UpdateMaintenancePlanAsync(
        [ID("MaintenancePlan")] Guid id,
        IResolverContext context,
        [Service] PlanCatalog catalog,
        CancellationToken cancellationToken,
        string? name = null,
        decimal? includedHours = null,
        IReadOnlyList<string>? coveredTicketTypes = null,
        IReadOnlyList<string>? coveredCategories = null,
        decimal? developmentRate = null,
        decimal? supportRate = null,
        decimal? monthlyFee = null,
        string? currency = null,
        int? billingCycleDay = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        int? includedMinutes = includedHours is { } hours ? Minutes(hours) : null;
        var plan = await catalog.UpdateAsync(viewer, id, terms => terms with
        {
            Name = name ?? terms.Name,
            IncludedMinutes = includedMinutes ?? terms.IncludedMinutes,
            CoveredTicketTypes = coveredTicketTypes ?? terms.CoveredTicketTypes,
            CoveredCategories = coveredCategories ?? terms.CoveredCategories,
            DevelopmentRate = developmentRate ?? terms.DevelopmentRate,
            SupportRate = supportRate ?? terms.SupportRate,
            MonthlyFee = monthlyFee ?? terms.MonthlyFee,
            Currency = currency ?? terms.Currency,
            BillingCycleDay = billingCycleDay ?? terms.BillingCycleDay,
        }, cancellationToken);
        return MaintenancePlanObject.From(plan);
    }

    /// <summary>
    /// Puts a client organization on a plan from <c>startsOn</c> (today when not given), with its own rates when given.
    /// A client has at most one active plan: end the current one first. Staff only.
    /// </summary>
    /// <param name="organizationId">The client organization.</param>
    /// <param name="planId">The catalogue plan.</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="sender">The event bus.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="startsOn">The first day the plan covers.</param>
    /// <param name="developmentRate">The client's development rate, instead of the plan's.</param>
    /// <param name="supportRate">The client's support rate, instead of the plan's.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<ClientOrganizationNotFoundException>]
    [Error<MaintenancePlanNotFoundException>]
    [Error<ClientPlanActiveException>]
    [Error<InvalidPlanInputError>]
    public async Task<ClientPlanObject> AssignClientPlanAsync(
        [ID("Organization")] Guid organizationId,
        [ID("MaintenancePlan")] Guid planId,
        IResolverContext context,
        [Service] PlanCatalog catalog,
        [Service] ITopicEventSender sender,
        [Service] TimeProvider clock,
        CancellationToken cancellationToken,
        DateOnly? startsOn = null,
        decimal? developmentRate = null,
        decimal? supportRate = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var start = startsOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var clientPlan = await catalog.AssignAsync(viewer, organizationId, planId, start, new RateOverrides(developmentRate, supportRate), cancellationToken);
        var plan = await catalog.FindAsync(viewer, planId, cancellationToken) ?? throw new MaintenancePlanNotFoundException();
        await sender.SendAsync(PlanUsageChanged.Topic, new PlanUsageChanged(organizationId), cancellationToken);
        return ClientPlanObject.From(clientPlan, plan);
    }

    /// <summary>
    /// Ends a client's active plan; <c>lastDay</c> (today when not given) is the last day it covers. Time logged after it
    /// no longer deducts. Staff only.
    /// </summary>
    /// <param name="organizationId">The client organization.</param>
    /// <param name="context">The resolver context.</param>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="sender">The event bus.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="lastDay">The last day the plan covers.</param>
    [Authorize(Policy = StaffPolicy.Name)]
    [Error<ClientOrganizationNotFoundException>]
    [Error<NoActiveClientPlanException>]
    [Error<InvalidPlanInputError>]
    public async Task<ClientPlanObject> EndClientPlanAsync(
        [ID("Organization")] Guid organizationId,
        IResolverContext context,
        [Service] PlanCatalog catalog,
        [Service] ITopicEventSender sender,
        CancellationToken cancellationToken,
        DateOnly? lastDay = null)
    {
        var viewer = await IdentityReader.GetViewerAsync(context, cancellationToken);
        var clientPlan = await catalog.EndAsync(viewer, organizationId, lastDay, cancellationToken);
        var plan = await catalog.FindAsync(viewer, clientPlan.PlanId, cancellationToken) ?? throw new MaintenancePlanNotFoundException();
        await sender.SendAsync(PlanUsageChanged.Topic, new PlanUsageChanged(organizationId), cancellationToken);
        return ClientPlanObject.From(clientPlan, plan);
    }

    private static int Minutes(decimal hours)
    {
        var minutes = hours * 60;
        return minutes == decimal.Truncate(minutes) && minutes is >= 0 and <= PlanTerms.MaxIncludedMinutes
            ? (int)minutes
            : throw new InvalidPlanInputException("includedHours", "The included hours must be between 0 and 744, in whole minutes.");
    }
}
