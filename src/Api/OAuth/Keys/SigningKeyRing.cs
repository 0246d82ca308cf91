using System.Security.Cryptography;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Keys;

/// <summary>
/// The published signing keys, read from the database, refreshed every few minutes, at once when a token names a
/// key this node has not seen, and when no key can sign (which runs the rotator first). Verification and the
/// JWKS use the stored public keys; only keys that have not retired are decrypted, for signing.
/// </summary>
internal sealed class SigningKeyRing(
    IServiceScopeFactory scopes,
    SigningKeyProtector protector,
    SigningKeyRotator rotator,
    TimeProvider clock,
    ILogger<SigningKeyRing> logger)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan UnknownKidRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot _snapshot = new(new Dictionary<string, Entry>(), DateTimeOffset.MinValue);

    /// <summary>The keys in the JWKS now (public halves), ordered by kid.</summary>
    public async Task<IReadOnlyList<(SigningKey Record, JwsKey Key)>> GetPublishedAsync(CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(maxAge: RefreshInterval, cancellationToken);
        var now = clock.GetUtcNow();
        return
        [
            .. snapshot.Keys.Values
                .Where(k => k.Record.IsPublishedAt(now))
                .OrderBy(k => k.Record.Kid, StringComparer.Ordinal)
                .Select(k => (k.Record, k.Public)),
        ];
    }

    /// <summary>The private key that signs new tokens with <paramref name="algorithm"/> now.</summary>
    public async Task<JwsKey> GetSigningKeyAsync(SigningAlgorithm algorithm, CancellationToken cancellationToken)
    {
        var key = Signing(await CurrentAsync(RefreshInterval, cancellationToken), algorithm);
        if (key is not null)
        {
            return key;
        }

        await rotator.RotateAsync(cancellationToken);
        return Signing(await CurrentAsync(TimeSpan.Zero, cancellationToken), algorithm)
            ?? throw new InvalidOperationException($"No {algorithm} signing key is current and readable, even after rotation.");
    }

    /// <summary>The public key named <paramref name="kid"/> if it is published, or null.</summary>
    public async ValueTask<JwsKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(RefreshInterval, cancellationToken);
        if (!snapshot.Keys.ContainsKey(kid))
        {
            snapshot = await CurrentAsync(UnknownKidRefreshInterval, cancellationToken);
        }

        return snapshot.Keys.TryGetValue(kid, out var entry) && entry.Record.IsPublishedAt(clock.GetUtcNow()) ? entry.Public : null;
    }

    /// <summary>Forgets the cached keys, so the next use reads the database.</summary>
    public void Invalidate() => _snapshot = _snapshot with { LoadedAt = DateTimeOffset.MinValue };

    private JwsKey? Signing(Snapshot snapshot, SigningAlgorithm algorithm)
    {
        var now = clock.GetUtcNow();
        return snapshot.Keys.Values
            .Where(k => k.Record.Algorithm == algorithm && k.Record.SignsAt(now) && k.Private is not null)
            .OrderByDescending(k => k.Record.NotBefore)
            .Select(k => k.Private)
            .FirstOrDefault();
    }

    private async Task<Snapshot> CurrentAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (maxAge > TimeSpan.Zero && clock.GetUtcNow() - snapshot.LoadedAt <= maxAge)
        {
            return snapshot;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have reloaded while this one waited.
            if (_snapshot.LoadedAt > snapshot.LoadedAt)
            {
                return _snapshot;
            }

            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var records = await db.SigningKeys.AsNoTracking().Where(k => k.ExpiresAt > now).ToListAsync(cancellationToken);
            var keys = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                keys[record.Kid] = Load(record, snapshot.Keys.GetValueOrDefault(record.Kid), now);
            }

            _snapshot = new Snapshot(keys, now);
            return _snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    // Key material never changes, so what was loaded before is reused; the record's times may have changed.
    private Entry Load(SigningKey record, Entry? known, DateTimeOffset now)
    {
        var publicKey = known?.Public ?? JwsKey.FromPublicKey(record.Kid, record.Algorithm, Convert.FromBase64String(record.PublicKey));
        if (record.RetireAt <= now)
        {
            return new Entry(record, publicKey, null);
        }

        var privateKey = known?.Private;
        if (privateKey is null)
        {
            try
            {
                privateKey = protector.Unprotect(record);
            }
            catch (CryptographicException exception)
            {
                // The Data Protection key ring that protected it is gone: verify with it, never sign with it.
                logger.LogError(exception, "Signing key {Kid} cannot be decrypted; it will not sign.", record.Kid);
            }
        }

        return new Entry(record, publicKey, privateKey);
    }

    private sealed record Entry(SigningKey Record, JwsKey Public, JwsKey? Private);

    private sealed record Snapshot(IReadOnlyDictionary<string, Entry> Keys, DateTimeOffset LoadedAt);
}
