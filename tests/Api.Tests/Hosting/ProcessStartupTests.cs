using System.Diagnostics;
using Npgsql;

namespace KtPortal.Api.Tests.Hosting;

/// <summary>Starts the real API process, as <c>./portal run</c> does, and reads what a user would see.</summary>
public sealed class ProcessStartupTests
{
    private static async Task<(int ExitCode, string StdErr)> RunApiAsync(string connectionString, string? redis = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "KtPortal.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["PORTAL_URL"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (redis is not null)
        {
            start.Environment["ConnectionStrings__Redis"] = redis;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return (process.ExitCode, await stderr);
    }

    [Fact]
    public async Task WrongPassword_PrintsOneClearLineAndExitsNonZero()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Password = "wrong-password" }.ConnectionString;

        var (exitCode, stderr) = await RunApiAsync(connectionString);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ktportal: PostgreSQL at 127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Contains("rejected the credentials", line, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableDatabase_PrintsOneClearLineAndExitsNonZero()
    {
        var (exitCode, stderr) = await RunApiAsync("Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=3");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "ktportal: cannot reach PostgreSQL at 127.0.0.1:1 (database x, user x): connection refused. Check ConnectionStrings__Portal, or leave it unset so ./portal run starts an embedded PostgreSQL.",
            line);
    }

    [Fact]
    public async Task UnreachableRedis_PrintsOneClearLineNamingTheSettingAndExitsNonZero()
    {
        // Redis is checked before the database, so the database need not exist for this test.
        var (exitCode, stderr) = await RunApiAsync("Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=3", redis: "127.0.0.1:1,password=hidden");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "ktportal: cannot reach Redis at 127.0.0.1:1: connection refused or timed out. Check ConnectionStrings__Redis, or leave it unset to run a single node with the in-memory event bus.",
            line);
    }
}
