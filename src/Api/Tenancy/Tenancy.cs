namespace KtPortal.Api.Tenancy;

/// <summary>Registers the building blocks of tenant isolation.</summary>
public static class Tenancy
{
    /// <summary>Adds <see cref="ViewerResolver"/>, <see cref="TenantScope"/> and <see cref="TenantDatabase"/>, configured from <c>Tenancy</c>.</summary>
    public static IServiceCollection AddPortalTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.SectionName));
        services.AddSingleton<ViewerResolver>();
        services.AddSingleton<TenantScope>();
        services.AddSingleton<TenantDatabase>();
        return services;
    }
}
