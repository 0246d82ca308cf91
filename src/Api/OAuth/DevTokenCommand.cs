using KtPortal.Api.Hosting;
using KtPortal.Api.OAuth.Endpoints;
using KtPortal.Api.OAuth.Tokens;
using KtPortal.Api.Seed;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth;

/// <summary>
/// <c>KtPortal.Api token EMAIL [--scopes "api:read api:write"]</c>: prints an access token for a user, issued to the
/// portal SPA client by the same issuer as the token endpoint, so a developer can call the API with curl. Refused
/// outside Development: it skips the password and the second factor.
/// </summary>
internal static class DevTokenCommand
{
    private const string Usage = "usage: KtPortal.Api token EMAIL [--scopes \"api:read api:write\"]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ([_] or [_, "--scopes", _]))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        // stdout carries the token alone (TOKEN=$(./portal token ...)); every log line goes to stderr.
        await using var app = PortalApplication.Build(["--Logging:Console:LogToStandardErrorThreshold=Trace"]);
        var (exitCode, output) = await IssueAsync(app.Services, args[0], args.Length == 3 ? args[2] : null, CancellationToken.None);
        await (exitCode == 0 ? Console.Out : Console.Error).WriteLineAsync(output);
        return exitCode;
    }

    /// <summary>Issues the token; returns the exit code and what to print (the token, or why not).</summary>
    public static async Task<(int ExitCode, string Output)> IssueAsync(IServiceProvider services, string email, string? scopes, CancellationToken cancellationToken)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            return (2, $"ktportal: 'token' is for Development only, and this is {environment.EnvironmentName}: it mints tokens without a password. "
                + "Sign in through /oauth/authorize instead (docs/auth.md).");
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return (1, $"ktportal: no user has the email {email} (the demo users are listed in the README).");
        }

        var client = await db.OAuthClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == DemoSeed.SpaClientId, cancellationToken);
        if (client is null)
        {
            return (1, $"ktportal: the client {DemoSeed.SpaClientId} is not registered; start the API once with the demo seed (./portal run).");
        }

        var granted = ScopeRequest.Narrow(scopes?.Replace(',', ' ') ?? string.Join(' ', DemoSeed.ApiScopes), client.AllowedScopes);
        if (granted is null)
        {
            return (2, $"ktportal: --scopes must be among: {string.Join(' ', client.AllowedScopes)}");
        }

        // The issuer the running API will expect: the configured one, or the address ./portal run serves on.
        var configuration = services.GetRequiredService<IConfiguration>();
        var issuer = (services.GetRequiredService<IOptions<OAuthServerOptions>>().Value.Issuer?.ToString()
            ?? configuration["PORTAL_URL"] ?? PortalApplication.DefaultUrl).TrimEnd('/');
        var token = await scope.ServiceProvider.GetRequiredService<AccessTokenIssuer>()
            .IssueForUserAsync(client, user.Id, granted, familyId: null, issuer, cancellationToken);
        return (0, token.Token);
    }
}
