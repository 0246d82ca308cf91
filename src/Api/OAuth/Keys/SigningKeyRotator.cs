using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.OAuth.Keys;

/// <summary>
/// Keeps one signing key per algorithm current, publishes its successor <see cref="OAuthServerOptions.SigningKeyPublicationLead"/>
/// before it takes over, and deletes keys once no token they signed can still be valid. Safe to run from every
/// node at once: an advisory lock serializes the runs, and each run decides from what it reads under the lock.
/// </summary>
internal sealed class SigningKeyRotator(
    IServiceScopeFactory scopes,
    SigningKeyProtector protector,
    TimeProvider clock,
    IOptions<OAuthServerOptions> options,
    ILogger<SigningKeyRotator> logger)
{
    // An arbitrary constant naming "the KtPortal signing-key lock" for pg_advisory_xact_lock.
    private const long AdvisoryLockKey = 0x4B54_4B65_7952_6F74;

    private static readonly SigningAlgorithm[] Algorithms = [SigningAlgorithm.Rs256, SigningAlgorithm.Es256];

    /// <summary>Rotates and prunes as needed; true when it changed anything.</summary>
    public async Task<bool> RotateAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        var now = clock.GetUtcNow();
        var keys = await db.SigningKeys.ToListAsync(cancellationToken);
        var changed = false;

        foreach (var expired in keys.Where(k => !k.IsPublishedAt(now)))
        {
            db.SigningKeys.Remove(expired);
            logger.LogInformation("Signing key {Kid} ({Algorithm}) expired and was removed from the JWKS.", expired.Kid, expired.Algorithm);
            changed = true;
        }

        foreach (var algorithm in Algorithms)
        {
            var live = keys.Where(k => k.Algorithm == algorithm && k.IsPublishedAt(now)).ToList();
            var current = live.Where(k => k.SignsAt(now)).MaxBy(k => k.NotBefore);
            if (current is null)
            {
                // No key signs now: the first start, or every key lapsed. Nothing can have been issued to verify.
                Add(db, algorithm, now, now, settings);
                changed = true;
                continue;
            }

            var last = live.MaxBy(k => k.RetireAt)!;
            if (last.RetireAt - now > settings.SigningKeyPublicationLead)
            {
                continue;
            }

            // The successor takes over when the last key retires, but never sooner than the lead time from now;
            // if the job ran late, the last key keeps signing until then.
            var notBefore = last.RetireAt > now + settings.SigningKeyPublicationLead ? last.RetireAt : now + settings.SigningKeyPublicationLead;
            if (notBefore > last.RetireAt)
            {
                last.ExtendSigning(notBefore, ExpiryOf(notBefore, settings));
            }

            Add(db, algorithm, now, notBefore, settings);
            changed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private void Add(PortalDbContext db, SigningAlgorithm algorithm, DateTimeOffset now, DateTimeOffset notBefore, OAuthServerOptions settings)
    {
        var retireAt = notBefore + settings.SigningKeyLifetime;
        var key = protector.Create(algorithm, now, notBefore, retireAt, ExpiryOf(retireAt, settings));
        db.SigningKeys.Add(key);
        logger.LogInformation(
            "Signing key {Kid} ({Algorithm}) published; it signs from {NotBefore:O} to {RetireAt:O}.", key.Kid, key.Algorithm, key.NotBefore, key.RetireAt);
    }

    // A retired key stays published until the longest-lived token it could have signed has expired.
    private static DateTimeOffset ExpiryOf(DateTimeOffset retireAt, OAuthServerOptions settings) =>
        retireAt + OAuthServerOptions.MaximumAccessTokenLifetime + settings.ClockSkew;
}
