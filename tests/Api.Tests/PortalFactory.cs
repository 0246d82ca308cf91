using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests;

/// <summary>
/// The API in memory, against the given database, without start-up migrations unless asked; services may be
/// replaced (a fake clock, say) through <paramref name="configureServices"/>.
/// </summary>
public sealed class PortalFactory(
    string connectionString,
    bool migrate = false,
    Action<IServiceCollection>? configureServices = null,
    string environment = "Testing",
    bool seed = false)
    : WebApplicationFactory<Program>
{
    /// <summary>The Redis server (<c>ConnectionStrings:Redis</c>); none keeps the in-memory event bus.</summary>
    public string? Redis { get; init; }

    /// <summary>The channel and key prefix (<c>Portal:RedisPrefix</c>).</summary>
    public string? RedisPrefix { get; init; }

    /// <summary>Test-only services, added after the API's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Portal:MigrateOnStartup", migrate ? "true" : "false");
        builder.UseSetting("Portal:SeedDemoData", seed ? "true" : "false");
        if (Redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", Redis);
        }

        if (RedisPrefix is not null)
        {
            builder.UseSetting("Portal:RedisPrefix", RedisPrefix);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }
}
