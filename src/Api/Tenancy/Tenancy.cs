namespace KtPortal.Api.Tenancy;

/// <summary>Registers the building blocks of tenant isolation.</summary>
public static class Tenancy
{
    /// <summary>Adds <see cref="ViewerResolver"/>, <see cref="TenantScope"/>, <see cref="TenantDatabase"/> and the request's <see cref="TenantReadContext"/>, configured from <c>Tenancy</c>.</summary>
    public static IServiceCollection AddPortalTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.SectionName));
        services.AddSingleton<ViewerResolver>();
        services.AddSingleton<TenantScope>();
        services.AddSingleton<TenantDatabase>();
        services.AddScoped<TenantReadContext>();
        return services;
    }
}
