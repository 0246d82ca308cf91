using KtPortal.Api.Infrastructure;
using KtPortal.Api.OAuth;
using KtPortal.Api.OAuth.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>The key services alone, on a migrated database, with a fake clock and throwaway Data Protection keys.</summary>
internal static class OAuthTestServices
{
    public static ServiceProvider Create(string connectionString, FakeTimeProvider clock, OAuthServerOptions? options = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:Portal", connectionString)])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.AddPortalDatabase(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(Options.Create(options ?? new OAuthServerOptions()));
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<SigningKeyProtector>();
        services.AddSingleton<SigningKeyRotator>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<OAuthHousekeeping>();
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "KtPortal.Api.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
