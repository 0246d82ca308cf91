using KtPortal.Domain.Plans;

namespace KtPortal.Domain.Tests.Plans;

public sealed class PeriodUsageTests
{
    [Theory]
    [InlineData(600, 479, new int[0])]
    [InlineData(600, 480, new[] { 80 })]
    [InlineData(600, 600, new[] { 80, 100 })]
    [InlineData(0, 30, new int[0])]
    public void Thresholds_are_reached_at_80_and_100_percent_of_the_included_minutes(int included, int used, int[] reached)
        => Assert.Equal(reached, Usage(included, used).ReachedThresholds);

    [Fact]
    public void Remaining_never_goes_below_zero_and_hours_round_to_two_decimals()
    {
        var usage = Usage(600, 700) with { OverageSupportMinutes = 100 };
        Assert.Equal(0, usage.RemainingMinutes);
        Assert.Equal(100, usage.OverageMinutes);
        Assert.Equal(7.33m, PeriodUsage.Hours(440));
        Assert.Equal(0.02m, PeriodUsage.Hours(1));
    }

    private static PeriodUsage Usage(int included, int used)
        => new(Guid.NewGuid(), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1), included, used, 0, 0);
}
