using KtPortal.Api.Identity;
using KtPortal.Api.Seed;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.OAuth;

public sealed class SecondFactorTests(OAuthServerFixture server) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public void Totp_MatchesTheRfc6238TestVector()
    {
        // RFC 6238 Appendix B: the SHA-1 secret "12345678901234567890" at T = 59 s gives 94287082 (eight digits).
        var key = "12345678901234567890"u8.ToArray();
        Assert.Equal("287082", Totp.Compute(key, 59 / 30));
    }

    [Fact]
    public async Task Authenticator_ACodeIsAcceptedOnce_AndItsStepNeverAgain()
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuthenticatorVerifier>();
        var (user, key) = await WithNewAuthenticatorAsync(scope, "member@acme.test");
        var step = Totp.StepAt(DateTimeOffset.UtcNow);

        Assert.True(await verifier.VerifyAsync(user, Totp.Compute(key, step), CancellationToken.None));
        Assert.False(await verifier.VerifyAsync(user, Totp.Compute(key, step), CancellationToken.None));
        Assert.False(await verifier.VerifyAsync(user, Totp.Compute(key, step - 1), CancellationToken.None));
        Assert.True(await verifier.VerifyAsync(user, Totp.Compute(key, step + 1), CancellationToken.None));
    }

    [Fact]
    public async Task Authenticator_OneCodeSentConcurrently_IsAcceptedExactlyOnce()
    {
        byte[] key;
        await using (var setup = server.Factory.Services.CreateAsyncScope())
        {
            (_, key) = await WithNewAuthenticatorAsync(setup, "partner@northwind.test");
        }

        var step = Totp.StepAt(DateTimeOffset.UtcNow) + 1;
        var attempts = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = server.Factory.Services.CreateAsyncScope();
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync("partner@northwind.test"))!;
            return await scope.ServiceProvider.GetRequiredService<AuthenticatorVerifier>().VerifyAsync(user, Totp.Compute(key, step), CancellationToken.None);
        });

        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(accepted => accepted));
        Assert.Equal(step, await server.Database.ScalarAsync<long>(
            $"SELECT last_step FROM user_totp_steps WHERE user_id = '{DemoSeed.IdOf("user", "partner@northwind.test")}'"));
    }

    [Fact]
    public async Task Authenticator_WrongOrMalformedCode_IsRefused()
    {
        await using var scope = server.Factory.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuthenticatorVerifier>();
        var (user, key) = await WithNewAuthenticatorAsync(scope, "owner@acme.test");

        Assert.False(await verifier.VerifyAsync(user, "12345", CancellationToken.None));
        Assert.False(await verifier.VerifyAsync(user, "abcdef", CancellationToken.None));
        Assert.False(await verifier.VerifyAsync(user, Totp.Compute(key, Totp.StepAt(DateTimeOffset.UtcNow) + 5), CancellationToken.None));
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredHashed_WorkOnce_AndReplacingThemVoidsTheOldOnes()
    {
        var codes = server.Factory.Services.GetRequiredService<RecoveryCodes>();
        var userId = DemoSeed.IdOf("user", "agent@kre8ivtech.test");

        var first = await codes.ReplaceAsync(userId, CancellationToken.None);

        Assert.Equal(RecoveryCodes.Count, first.Distinct().Count());
        Assert.Equal(0, await server.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM user_recovery_codes WHERE code_hash = '{first[0]}' OR code_hash = '{first[0].ToUpperInvariant()}'"));
        Assert.True(await codes.RedeemAsync(userId, first[0].ToLowerInvariant(), CancellationToken.None));
        Assert.False(await codes.RedeemAsync(userId, first[0], CancellationToken.None));

        var second = await codes.ReplaceAsync(userId, CancellationToken.None);

        Assert.False(await codes.RedeemAsync(userId, first[1], CancellationToken.None));
        Assert.True(await codes.RedeemAsync(userId, second[1], CancellationToken.None));
        Assert.False(await codes.RedeemAsync(DemoSeed.IdOf("user", "owner@acme.test"), second[2], CancellationToken.None));
    }

    // As an enrolment does: Identity's UserManager makes and stores the key.
    private static async Task<(User User, byte[] Key)> WithNewAuthenticatorAsync(AsyncServiceScope scope, string email)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        return (user, Totp.DecodeKey(await users.GetAuthenticatorKeyAsync(user))!);
    }
}
