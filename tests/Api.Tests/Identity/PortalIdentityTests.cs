using KtPortal.Api.Seed;
using KtPortal.Domain.Identity;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Identity;

/// <summary>ASP.NET Core Identity on the <c>users</c> table: the framework's hasher, lockout and store.</summary>
public sealed class PortalIdentityTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private PortalFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();
        await new DemoSeed(_database.DataSource).ApplyAsync();
        _factory = new PortalFactory(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SeededUser_IsFoundByEmailAndSignsInWithTheDemoPassword()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();

        var user = await users.FindByEmailAsync("OWNER@acme.test");

        Assert.NotNull(user);
        Assert.Equal(DemoSeed.IdOf("user", "owner@acme.test"), user.Id);
        Assert.True(await users.CheckPasswordAsync(user, DemoSeed.DemoPassword));
        Assert.False(await users.CheckPasswordAsync(user, "not-the-password"));
    }

    [Fact]
    public async Task PasswordHash_IsTheFrameworksPbkdf2Format()
    {
        var hash = await _database.ScalarAsync<string>("SELECT password_hash FROM users WHERE email = 'admin@kre8ivtech.test'");

        // PasswordHasher V3: a 0x01 marker, then PRF, iteration count, salt and subkey.
        Assert.Equal(0x01, Convert.FromBase64String(hash!)[0]);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(null!, hash!, DemoSeed.DemoPassword));
    }

    [Fact]
    public async Task FiveFailures_LockTheAccountForFiveMinutes()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByEmailAsync("member@acme.test"))!;

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await users.AccessFailedAsync(user);
            Assert.False(await users.IsLockedOutAsync(user));
        }

        var before = DateTimeOffset.UtcNow;
        await users.AccessFailedAsync(user);

        Assert.True(await users.IsLockedOutAsync(user));
        var end = await _database.ScalarAsync<DateTime>($"SELECT lockout_end FROM users WHERE id = '{user.Id}'");
        var lockedFor = new DateTimeOffset(end, TimeSpan.Zero) - before;
        Assert.InRange(lockedFor, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task CreateAsync_NewUser_IsStoredOnTheUsersTableWithIdentityColumns()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User(Guid.NewGuid(), "new.person@example.test", "New Person");

        var result = await users.CreateAsync(user, "a-long-enough-password");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.Equal("NEW.PERSON@EXAMPLE.TEST", await _database.ScalarAsync<string>($"SELECT normalized_email FROM users WHERE id = '{user.Id}'"));
        Assert.True(await _database.ScalarAsync<bool>($"SELECT lockout_enabled FROM users WHERE id = '{user.Id}'"));
    }

    [Fact]
    public async Task CreateAsync_DuplicateEmail_IsRefused()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();

        var result = await users.CreateAsync(new User(Guid.NewGuid(), "Owner@Globex.test", "Impostor"), "a-long-enough-password");

        Assert.False(result.Succeeded);
    }
}
