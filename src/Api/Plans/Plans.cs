namespace KtPortal.Api.Plans;

/// <summary>Registers the services of maintenance plans and time tracking.</summary>
public static class Plans
{
    /// <summary>Adds the plan catalogue, time logging, estimates, the usage reader, the application scope of plans and the billing period job.</summary>
    public static IServiceCollection AddPortalPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlanScope>();
        services.AddSingleton<PlanCatalog>();
        services.AddSingleton<PlanUsageReader>();
        services.AddSingleton<TimeLog>();
        services.AddSingleton<TicketEstimates>();
        services.AddSingleton<BillingPeriodJob>();
        services.AddHostedService(provider => provider.GetRequiredService<BillingPeriodJob>());
        return services;
    }
}
