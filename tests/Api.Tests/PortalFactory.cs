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
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Portal:MigrateOnStartup", migrate ? "true" : "false");
        builder.UseSetting("Portal:SeedDemoData", seed ? "true" : "false");
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
