using KtPortal.Api.OAuth;
using KtPortal.Api.OAuth.Jose;
using KtPortal.Api.OAuth.Keys;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KtPortal.Api.Tests.OAuth;

/// <summary>Key rotation on a fake clock: publish before use, keep retired keys until their tokens expire, then prune.</summary>
public sealed class SigningKeyRotationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    // Each test gets its own database: rotation changes the key table.
    private readonly PostgresDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly OAuthServerOptions _options = new()
    {
        SigningKeyLifetime = TimeSpan.FromDays(30),
        SigningKeyPublicationLead = TimeSpan.FromDays(2),
        HousekeepingInterval = TimeSpan.FromHours(1),
    };

    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        _services = OAuthTestServices.Create(_database.ConnectionString, _clock, _options);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private SigningKeyRotator Rotator => _services.GetRequiredService<SigningKeyRotator>();

    private SigningKeyRing Ring => _services.GetRequiredService<SigningKeyRing>();

    private async Task<List<SigningKey>> KeysAsync(SigningAlgorithm algorithm)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.SigningKeys.AsNoTracking().Where(k => k.Algorithm == algorithm).OrderBy(k => k.NotBefore).ToListAsync();
    }

    private async Task<IReadOnlyList<string>> PublishedKidsAsync()
    {
        Ring.Invalidate();
        return [.. (await Ring.GetPublishedAsync(CancellationToken.None)).Select(k => k.Record.Kid)];
    }

    [Fact]
    public async Task RotateAsync_FirstRun_CreatesOneRs256AndOneEs256KeyThatSignNow()
    {
        Assert.True(await Rotator.RotateAsync(CancellationToken.None));

        foreach (var algorithm in new[] { SigningAlgorithm.Rs256, SigningAlgorithm.Es256 })
        {
            var key = Assert.Single(await KeysAsync(algorithm));
            Assert.Equal(Start, key.NotBefore);
            Assert.Equal(Start + TimeSpan.FromDays(30), key.RetireAt);
            Assert.Equal(key.RetireAt + OAuthServerOptions.MaximumAccessTokenLifetime + _options.ClockSkew, key.ExpiresAt);
        }

        Assert.False(await Rotator.RotateAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RotateAsync_WithinTheLeadOfRetirement_PublishesASuccessorThatSignsOnlyFromThen()
    {
        await Rotator.RotateAsync(CancellationToken.None);
        var first = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));

        // Not yet within the lead: nothing to do.
        _clock.Advance(TimeSpan.FromDays(27));
        Assert.False(await Rotator.RotateAsync(CancellationToken.None));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await Rotator.RotateAsync(CancellationToken.None));
        var keys = await KeysAsync(SigningAlgorithm.Rs256);
        var successor = keys[1];
        Assert.Equal(2, keys.Count);
        Assert.Equal(first.RetireAt, successor.NotBefore);
        Assert.True(successor.NotBefore - successor.CreatedAt >= _options.SigningKeyPublicationLead);

        // Published at once, yet the old key signs until it retires.
        Assert.Contains(successor.Kid, await PublishedKidsAsync());
        Assert.Equal(first.Kid, (await Ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None)).Kid);

        _clock.Advance(TimeSpan.FromDays(2));
        Ring.Invalidate();
        Assert.Equal(successor.Kid, (await Ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None)).Kid);
    }

    [Fact]
    public async Task RetiredKey_StaysPublishedAndVerifiesUntilItsTokensExpire_ThenIsPruned()
    {
        await Rotator.RotateAsync(CancellationToken.None);
        var first = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));
        var signer = await Ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None);
        var token = JwsCompact.Sign(signer, "at+jwt", "{}"u8);

        _clock.Advance(TimeSpan.FromDays(28));
        await Rotator.RotateAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(12));
        await Rotator.RotateAsync(CancellationToken.None);

        // Retired, no longer signing, but still published: a token signed just before retirement may live a day.
        Assert.NotEqual(first.Kid, (await Ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None)).Kid);
        Assert.Contains(first.Kid, await PublishedKidsAsync());
        Assert.NotNull(await Ring.FindAsync(first.Kid, CancellationToken.None));
        Assert.True(JwsCompact.TryParse(token, out var jws));
        Assert.True((await Ring.FindAsync(first.Kid, CancellationToken.None))!.Verify(jws!.SigningInput, jws.Signature));

        _clock.SetUtcNow(first.ExpiresAt);
        Assert.True(await Rotator.RotateAsync(CancellationToken.None));
        Assert.DoesNotContain(first.Kid, await PublishedKidsAsync());
        Assert.DoesNotContain(first.Kid, (await KeysAsync(SigningAlgorithm.Rs256)).Select(k => k.Kid));
    }

    [Fact]
    public async Task RotateAsync_RunLate_KeepsTheOldKeySigningUntilTheSuccessorHasBeenPublishedForTheLead()
    {
        await Rotator.RotateAsync(CancellationToken.None);
        var first = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));

        // The job did not run until half a day before the key retires.
        _clock.SetUtcNow(first.RetireAt - TimeSpan.FromHours(12));
        await Rotator.RotateAsync(CancellationToken.None);

        var keys = await KeysAsync(SigningAlgorithm.Rs256);
        var now = _clock.GetUtcNow();
        Assert.Equal(now + _options.SigningKeyPublicationLead, keys[1].NotBefore);
        Assert.Equal(keys[1].NotBefore, keys[0].RetireAt);
        Assert.True(keys[0].ExpiresAt >= keys[0].RetireAt + OAuthServerOptions.MaximumAccessTokenLifetime);
    }

    [Fact]
    public async Task Ring_WithNoKeys_RotatesBeforeItSigns()
    {
        var key = await Ring.GetSigningKeyAsync(SigningAlgorithm.Es256, CancellationToken.None);

        Assert.Equal(SigningAlgorithm.Es256, key.Algorithm);
        Assert.Equal(key.Kid, Assert.Single(await KeysAsync(SigningAlgorithm.Es256)).Kid);
    }

    [Fact]
    public async Task Ring_KeyItCannotDecrypt_IsStillPublishedAndVerifiesButNeverSigns()
    {
        await Rotator.RotateAsync(CancellationToken.None);
        var record = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));
        var token = JwsCompact.Sign(await Ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None), "at+jwt", "{}"u8);

        // Another node whose Data Protection keys are not the ones that protected the private key.
        await using var stranger = OAuthTestServices.Create(_database.ConnectionString, _clock, _options);
        var ring = stranger.GetRequiredService<SigningKeyRing>();

        Assert.Contains(record.Kid, (await ring.GetPublishedAsync(CancellationToken.None)).Select(k => k.Record.Kid));
        Assert.True(JwsCompact.TryParse(token, out var jws));
        Assert.True((await ring.FindAsync(record.Kid, CancellationToken.None))!.Verify(jws!.SigningInput, jws.Signature));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ring.GetSigningKeyAsync(SigningAlgorithm.Rs256, CancellationToken.None));
    }

    [Fact]
    public async Task StoredPrivateKey_IsProtectedNotPlainPkcs8()
    {
        await Rotator.RotateAsync(CancellationToken.None);
        var record = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));

        var stored = Convert.FromBase64String(record.ProtectedPrivateKey);
        using var rsa = System.Security.Cryptography.RSA.Create();
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => rsa.ImportPkcs8PrivateKey(stored, out _));
    }

    [Fact]
    public async Task Housekeeping_OnTheFakeClock_RotatesWhenItsTimerFires()
    {
        var housekeeping = _services.GetRequiredService<OAuthHousekeeping>();
        // As the host does: the job's loop starts once the host has started.
        await housekeeping.StartAsync(CancellationToken.None);
        await housekeeping.StartedAsync(CancellationToken.None);
        try
        {
            await WaitForRunsAsync(housekeeping, 1);
            var first = Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));

            // An hour later nothing is due; the timer fires, the job runs and changes nothing.
            _clock.Advance(_options.HousekeepingInterval);
            await WaitForRunsAsync(housekeeping, 2);
            Assert.Single(await KeysAsync(SigningAlgorithm.Rs256));

            // Within the lead of retirement, the next tick publishes the successors.
            _clock.SetUtcNow(first.RetireAt - TimeSpan.FromDays(1));
            await WaitForRunsAsync(housekeeping, 3);

            Assert.Equal(2, (await KeysAsync(SigningAlgorithm.Rs256)).Count);
            Assert.Equal(2, (await KeysAsync(SigningAlgorithm.Es256)).Count);
        }
        finally
        {
            await housekeeping.StopAsync(CancellationToken.None);
        }
    }

    // Waits for the background job to finish runs; a bounded wait for an event, not a timing assertion.
    private static async Task WaitForRunsAsync(OAuthHousekeeping housekeeping, int runs)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (housekeeping.CompletedRuns < runs)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
