using KtPortal.Api.Seed;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Infrastructure;

/// <summary>Registers PostgreSQL, the EF Core context and the migrator.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Adds the database services from <c>ConnectionStrings:Portal</c>. The connection string is checked when
    /// the data source is first needed, so a missing one fails start-up with a clear message.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            var connectionString = configuration.GetConnectionString("Portal");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new MissingConnectionStringException();
            }

            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.ConnectionStringBuilder.ApplicationName ??= "ktportal";
            return builder.Build();
        });
        services.AddDbContextPool<PortalDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(provider => new DatabaseMigrator(provider.GetRequiredService<NpgsqlDataSource>()));
        // The Testing environment (./portal test) also gets the clients only the conformance suite uses.
        services.AddSingleton(provider => new DemoSeed(
            provider.GetRequiredService<NpgsqlDataSource>(),
            includeTestClients: provider.GetRequiredService<IHostEnvironment>().IsEnvironment("Testing")));
        return services;
    }
}
