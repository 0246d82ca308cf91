using KtPortal.Api.OAuth.Jose;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KtPortal.Api.OAuth.Keys;

/// <summary>
/// The published signing keys, read from the database and decrypted once, refreshed every few minutes, at once
/// when a token names a key this node has not seen, and when no key can sign (which runs the rotator first).
/// </summary>
internal sealed class SigningKeyRing(IServiceScopeFactory scopes, SigningKeyProtector protector, SigningKeyRotator rotator, TimeProvider clock)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan UnknownKidRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot _snapshot = new(new Dictionary<string, (SigningKey, JwsKey)>(), DateTimeOffset.MinValue);

    /// <summary>The keys in the JWKS now, ordered by kid.</summary>
    public async Task<IReadOnlyList<(SigningKey Record, JwsKey Key)>> GetPublishedAsync(CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(maxAge: RefreshInterval, cancellationToken);
        var now = clock.GetUtcNow();
        return [.. snapshot.Keys.Values.Where(k => k.Record.IsPublishedAt(now)).OrderBy(k => k.Record.Kid, StringComparer.Ordinal)];
    }

    /// <summary>The key that signs new tokens with <paramref name="algorithm"/> now.</summary>
    public async Task<JwsKey> GetSigningKeyAsync(SigningAlgorithm algorithm, CancellationToken cancellationToken)
    {
        var key = Signing(await CurrentAsync(RefreshInterval, cancellationToken), algorithm);
        if (key is not null)
        {
            return key;
        }

        await rotator.RotateAsync(cancellationToken);
        return Signing(await CurrentAsync(TimeSpan.Zero, cancellationToken), algorithm)
            ?? throw new InvalidOperationException($"No {algorithm} signing key is current, even after rotation.");
    }

    /// <summary>The published key named <paramref name="kid"/>, or null.</summary>
    public async ValueTask<JwsKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var snapshot = await CurrentAsync(RefreshInterval, cancellationToken);
        if (!snapshot.Keys.ContainsKey(kid))
        {
            snapshot = await CurrentAsync(UnknownKidRefreshInterval, cancellationToken);
        }

        return snapshot.Keys.TryGetValue(kid, out var entry) && entry.Record.IsPublishedAt(now) ? entry.Key : null;
    }

    /// <summary>Forgets the cached keys, so the next use reads the database.</summary>
    public void Invalidate() => _snapshot = _snapshot with { LoadedAt = DateTimeOffset.MinValue };

    private JwsKey? Signing(Snapshot snapshot, SigningAlgorithm algorithm)
    {
        var now = clock.GetUtcNow();
        return snapshot.Keys.Values
            .Where(k => k.Record.Algorithm == algorithm && k.Record.SignsAt(now))
            .OrderByDescending(k => k.Record.NotBefore)
            .Select(k => k.Key)
            .FirstOrDefault();
    }

    private async Task<Snapshot> CurrentAsync(TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (clock.GetUtcNow() - snapshot.LoadedAt <= maxAge && maxAge > TimeSpan.Zero)
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
            var keys = new Dictionary<string, (SigningKey, JwsKey)>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                // A key's material never changes, so an already decrypted one is reused; its times may have.
                var key = snapshot.Keys.TryGetValue(record.Kid, out var known) ? known.Key : protector.Unprotect(record);
                keys[record.Kid] = (record, key);
            }

            _snapshot = new Snapshot(keys, now);
            return _snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, (SigningKey Record, JwsKey Key)> Keys, DateTimeOffset LoadedAt);
}
