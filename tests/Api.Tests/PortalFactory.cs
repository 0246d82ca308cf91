using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KtPortal.Api.Tests;

/// <summary>The API in memory, against the given database, without start-up migrations unless asked.</summary>
public sealed class PortalFactory(string connectionString, bool migrate = false) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Portal:MigrateOnStartup", migrate ? "true" : "false");
    }
}
