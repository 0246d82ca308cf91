using KtPortal.Api.Audit;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Health;
using KtPortal.Api.Identity;
using KtPortal.Api.Infrastructure;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Api.Notifications;
using KtPortal.Api.OAuth;
using KtPortal.Api.Plans;
using KtPortal.Api.RateLimiting;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Hosting;

/// <summary>Builds and runs the API host: configuration, services, endpoints and start-up work.</summary>
public static class PortalApplication
{
    /// <summary>The address the API listens on when <c>PORTAL_URL</c> is not set.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the application without starting it.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var url = builder.Configuration["PORTAL_URL"] ?? DefaultUrl;
        builder.WebHost.UseUrls(url);
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.SectionName));
        builder.Services.AddPortalDatabase(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddHostedService<StartupAnnouncer>();
        builder.Services.AddPortalGraphQL(includeExceptionDetails: builder.Environment.IsDevelopment());
        // After the GraphQL server: with ConnectionStrings__Redis set, the Redis bus replaces the in-memory one.
        builder.Services.AddPortalRedis(builder.Configuration);
        builder.Services.AddGraphQLTransports(builder.Configuration);
        builder.Services.AddPortalGraphQLAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddPortalTenancy(builder.Configuration);
        builder.Services.AddPortalPlans();
        builder.Services.AddPortalRateLimits(builder.Configuration);
        builder.Services.AddPortalAudit();
        builder.Services.AddPortalTrustedDocuments();
        builder.Services.AddPortalNotifications(builder.Configuration);
        builder.Services.AddPortalIdentity();
        builder.Services.AddPortalOAuthServer(builder.Configuration);
        builder.Services.AddPortalSla(builder.Configuration);

        var app = builder.Build();
        app.MapPortalHealthChecks();
        // First, so that the 401 and 429 answered before the endpoint carry the CORS headers a browser needs.
        app.UseGraphQLCors(GraphQLAuthentication.Path);
        app.UsePortalGraphQLAuthentication();
        app.UsePortalRateLimitHeaders(GraphQLAuthentication.Path);
        app.MapPortalOAuthServer();
        app.MapGraphQL();
        return app;
    }

    /// <summary>
    /// Runs the API until it is stopped. Returns the process exit code: a failure at start-up prints one
    /// line that names the setting or resource at fault and returns non-zero, rather than a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication? app = null;
        string? connectionString = null;
        try
        {
            app = Build(args);
            connectionString = app.Configuration.GetConnectionString("Portal");

            // Build the schema now: a schema error stops start-up instead of failing the first request.
            app.Services.GetRequiredService<IRequestExecutor>();
            // Connect to Redis now, when configured: an unreachable server stops start-up, as the database does.
            app.Services.GetService<IRedisConnection>();
            await PrepareDatabaseAsync(app.Services, app.Lifetime.ApplicationStopping);
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (StartupFailure.TryDescribe(
            exception, connectionString, out var message, out var exitCode))
        {
            await Console.Error.WriteLineAsync($"ktportal: {message}");
            return exitCode;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>Applies migrations and, when configured, loads the demo seed.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalApplication));
        if (options.MigrateOnStartup)
        {
            var report = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            logger.LogInformation(
                "Database migrations: {Applied} applied, {Existing} already present.", report.Applied.Count, report.AlreadyApplied);
        }

        if (options.SeedDemoData && services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            // The seed holds known passwords and a known client secret: never in production.
            logger.LogError("Portal:SeedDemoData is ignored in Production: the demo accounts have published passwords.");
        }
        else if (options.SeedDemoData)
        {
            await services.GetRequiredService<DemoSeed>().ApplyAsync(cancellationToken);
            await services.GetRequiredService<DemoSeed>().ApplyTicketsAsync(cancellationToken);
            // After the demo tickets: time goes on them.
            await services.GetRequiredService<DemoSeed>().ApplyPlansAsync(cancellationToken);
            logger.LogInformation("Demo seed data loaded.");
        }
    }
}
