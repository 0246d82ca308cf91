using KtPortal.Api.Infrastructure;
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
    ILogger<OAuthHousekeeping> logger) : PeriodicJob(clock, logger)
{
    /// <summary>Runs the job once.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await rotator.RotateAsync(cancellationToken))
        {
            ring.Invalidate();
        }

        var now = Clock.GetUtcNow();
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

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.HousekeepingInterval;

    /// <inheritdoc />
    protected override Task RunScheduledAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
