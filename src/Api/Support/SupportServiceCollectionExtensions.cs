using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KtPortal.Api.Support;

/// <summary>Registers the support desk's services.</summary>
public static class SupportServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TicketCommands"/>, <see cref="TicketPublisher"/>, <see cref="TicketEventReads"/> and
    /// <see cref="SupportOptions"/> (from <c>Support</c>).
    /// </summary>
    public static IServiceCollection AddPortalSupport(this IServiceCollection services)
    {
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.SectionName);
        services.AddSingleton<TicketPublisher>();
        services.AddSingleton<TicketCommands>();
        services.AddSingleton<TicketEventReads>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
