using KtPortal.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Support.Sla;

/// <summary>Registers the SLA breach job and the policy that guards changing SLA policies.</summary>
public static class SlaServices
{
    /// <summary>Adds the breach scanner and job (configured from <c>Sla</c>) and the <c>agencyAdmin</c> policy.</summary>
    public static IServiceCollection AddPortalSla(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlaOptions>()
            .Bind(configuration.GetSection(SlaOptions.SectionName))
            .Validate(o => o.BreachScanInterval >= TimeSpan.FromSeconds(1), "Sla:BreachScanInterval must be at least one second.")
            .Validate(o => o.BreachBatchSize is >= 1 and <= 10_000, "Sla:BreachBatchSize must be 1 to 10,000.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SlaBreachScanner>();
        services.AddSingleton<ISlaBreachPublisher, TicketSlaBreachPublisher>();
        services.AddSingleton<SlaBreachJob>();
        services.AddHostedService(provider => provider.GetRequiredService<SlaBreachJob>());
        services.AddSingleton<IAuthorizationHandler, AgencyAdminPolicy>();
        services.AddAuthorization(AgencyAdminPolicy.Add);
        return services;
    }
}
