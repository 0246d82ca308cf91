using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Keys;

/// <summary>
/// The authorization server's background job: rotates and prunes signing keys, and deletes the records of
/// access tokens, authorization codes and sessions (refresh-token families) that have expired, at start-up and then every <see cref="OAuthServerOptions.HousekeepingInterval"/>.
/// A failed run (the database down, say) is logged and retried on the next tick; it never stops the host.
/// </summary>
internal sealed class OAuthHousekeeping(
    SigningKeyRotator rotator,
    SigningKeyRing ring,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OAuthServerOptions> options,
    ILogger<OAuthHousekeeping> logger) : BackgroundService
{
    /// <summary>How many runs have completed, successful or not; tests wait on it.</summary>
    public int CompletedRuns => Volatile.Read(ref _completedRuns);

    private int _completedRuns;

    /// <summary>Runs the job once.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await rotator.RotateAsync(cancellationToken))
        {
            ring.Invalidate();
        }

        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pruned = await db.IssuedTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Deleted the records of {Count} expired access tokens.", pruned);
        }

        // Codes live five minutes; a session ends when its last refresh token expires (its refresh tokens and any
        // access-token records still left go with it).
        var codes = await db.Database.ExecuteSqlAsync($"DELETE FROM oauth_authorization_codes WHERE expires_at <= {now}", cancellationToken);
        var sessions = await db.Database.ExecuteSqlAsync($"DELETE FROM oauth_token_families WHERE expires_at <= {now}", cancellationToken);
        if (codes + sessions > 0)
        {
            logger.LogInformation("Deleted {Codes} expired authorization codes and {Sessions} expired sessions.", codes, sessions);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish (and migrations run) before touching the database.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.HousekeepingInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down mid-run (the database call saw the cancellation in whatever form): nothing to report.
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "OAuth housekeeping failed; it runs again in {Interval}.", options.Value.HousekeepingInterval);
            }
            finally
            {
                Interlocked.Increment(ref _completedRuns);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
