using KtPortal.Api.Hosting;
using KtPortal.Api.OAuth;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Tests.OAuth;

public sealed class OAuthServerOptionsTests
{
    [Fact]
    public void Defaults_AreUsable()
    {
        Assert.Null(new OAuthServerOptions().FindProblem());
    }

    public static TheoryData<string, Action<OAuthServerOptions>> OutOfRange => new()
    {
        { "OAuth:AccessTokenLifetime", o => o.AccessTokenLifetime = TimeSpan.FromDays(2) },
        { "OAuth:AccessTokenLifetime", o => o.AccessTokenLifetime = TimeSpan.Zero },
        { "OAuth:SigningKeyLifetime", o => o.SigningKeyLifetime = o.SigningKeyPublicationLead },
        { "OAuth:HousekeepingInterval", o => o.HousekeepingInterval = TimeSpan.FromDays(3) },
        { "OAuth:ClockSkew", o => o.ClockSkew = TimeSpan.FromHours(1) },
        { "OAuth:Issuer", o => o.Issuer = new Uri("https://auth.example.test/?tenant=1") },
        { "OAuth:Audience", o => o.Audience = " " },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void FindProblem_SettingOutOfRange_NamesTheSetting(string setting, Action<OAuthServerOptions> change)
    {
        var options = new OAuthServerOptions();
        change(options);

        Assert.StartsWith(setting, options.FindProblem(), StringComparison.Ordinal);
    }

    [Fact]
    public void StartupFailure_InvalidOptions_IsOneLineNamingTheSetting()
    {
        var exception = new OptionsValidationException("OAuth", typeof(OAuthServerOptions), ["OAuth:ClockSkew must be between zero and five minutes."]);

        Assert.True(StartupFailure.TryDescribe(exception, null, out var message, out var exitCode));

        Assert.Equal(StartupFailure.ConfigurationError, exitCode);
        Assert.Equal("configuration: OAuth:ClockSkew must be between zero and five minutes.", message);
    }
}
