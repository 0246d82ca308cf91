namespace KtPortal.Api.Plans;

/// <summary>Registers the services of maintenance plans and time tracking.</summary>
public static class Plans
{
    /// <summary>Adds the plan catalogue, the usage reader and the application scope of plans.</summary>
    public static IServiceCollection AddPortalPlans(this IServiceCollection services)
    {
        services.AddSingleton<PlanScope>();
        services.AddSingleton<PlanCatalog>();
        services.AddSingleton<PlanUsageReader>();
        services.AddSingleton<TimeLog>();
        services.AddSingleton<TicketEstimates>();
        return services;
    }
}
