using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.GraphQL;

public sealed class ServiceSubscriptionsTests
{
    [Fact]
    public async Task ServerTime_SendsCountEventsThenCompletes()
    {
        await using var services = CreateServices();
        await using var stream = Assert.IsType<ResponseStream>(await PortalGraphQL.Executor(services).ExecuteAsync(
            new OperationRequest { Query = "subscription { serverTime(intervalMilliseconds: 10, count: 3) }" }));

        var times = new List<DateTimeOffset>();
        await foreach (var result in stream.ReadResultsAsync())
        {
            using var json = JsonDocument.Parse(result.ToJson());
            times.Add(DateTimeOffset.Parse(json.RootElement.GetProperty("data").GetProperty("serverTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(3, times.Count);
        Assert.True(times[0] <= times[1] && times[1] <= times[2]);
    }

    [Theory]
    [InlineData("intervalMilliseconds: 9")]
    [InlineData("intervalMilliseconds: 60001")]
    [InlineData("count: 0")]
    [InlineData("count: 10001")]
    public async Task ServerTime_OutOfRangeArguments_AreATypedError(string arguments)
    {
        await using var services = CreateServices();
        await using var result = await PortalGraphQL.Executor(services).ExecuteAsync(
            new OperationRequest { Query = $"subscription {{ serverTime({arguments}) }}" });

        var error = Assert.Single(Assert.IsType<OperationResult>(result).Errors);
        Assert.Equal(ErrorCodes.ArgumentInvalid, error.Code);
        Assert.Contains("must be between", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalGraphQL(includeExceptionDetails: false);
        return services.BuildServiceProvider();
    }
}
