using KtPortal.Domain.Plans;

namespace KtPortal.Domain.Tests.Plans;

public sealed class BillingCycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-12-06", 1, "2026-12-01", "2027-01-01")]
    [InlineData("2026-12-06", 15, "2026-11-15", "2026-12-15")]
    [InlineData("2026-12-15", 15, "2026-12-15", "2027-01-15")]
    [InlineData("2026-12-14", 15, "2026-11-15", "2026-12-15")]
    [InlineData("2026-01-10", 28, "2025-12-28", "2026-01-28")]
    [InlineData("2028-02-29", 28, "2028-02-28", "2028-03-28")]
    public void Containing_starts_on_the_cycle_day_at_or_before_the_date_and_ends_a_month_later(string date, int day, string start, string end)
    {
        var period = BillingCycle.Containing(DateOnly.Parse(date), day);

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }

    [Fact]
    public void The_first_period_starts_on_the_plans_first_day_and_the_next_ones_on_the_cycle_day()
    {
        var plan = ClientPlanOn(new DateOnly(2026, 11, 20), cycleDay: 1);

        var periods = BillingCycle.PeriodsThrough(plan, new DateOnly(2027, 1, 3));

        Assert.Equal(
            [
                (new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1)),
                (new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)),
                (new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1)),
            ],
            periods);
    }

    [Fact]
    public void An_ended_plan_covers_nothing_after_its_last_day_and_its_last_period_is_clipped()
    {
        var plan = ClientPlanOn(new DateOnly(2026, 11, 1), cycleDay: 1);
        plan.End(new DateOnly(2026, 12, 10));

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 11)), BillingCycle.PeriodOf(plan, new DateOnly(2026, 12, 10)));
        Assert.Null(BillingCycle.PeriodOf(plan, new DateOnly(2026, 12, 11)));
        Assert.Null(BillingCycle.PeriodOf(plan, new DateOnly(2026, 10, 31)));
        Assert.Equal(2, BillingCycle.PeriodsThrough(plan, new DateOnly(2027, 6, 1)).Count);
    }

    [Fact]
    public void A_plan_cannot_end_twice_or_before_it_starts()
    {
        var plan = ClientPlanOn(new DateOnly(2026, 11, 1), cycleDay: 1);
        Assert.Throws<InvalidOperationException>(() => plan.End(new DateOnly(2026, 10, 31)));
        plan.End(new DateOnly(2026, 11, 1));
        Assert.Throws<InvalidOperationException>(() => plan.End(new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void A_cycle_day_outside_1_to_28_is_refused(int day)
        => Assert.Throws<ArgumentOutOfRangeException>(() => BillingCycle.Containing(new DateOnly(2026, 12, 6), day));

    internal static ClientPlan ClientPlanOn(DateOnly startsOn, int cycleDay)
    {
        var plan = new MaintenancePlan(Guid.NewGuid(), Terms() with { BillingCycleDay = cycleDay }, Now);
        return new ClientPlan(Guid.NewGuid(), Guid.NewGuid(), plan, startsOn, RateOverrides.None, Now);
    }

    internal static PlanTerms Terms() => new("Basic Maintenance", 600, ["TROUBLESHOOTING"], [], 150m, 120m, 900m, "USD", 1);
}
