namespace KtPortal.Domain.Plans;

/// <summary>
/// Where monthly billing periods begin and end. A period runs from a billing-cycle day to the same day of the next
/// month (exclusive), clipped to the client plan: the first period starts on the plan's first day, and the last ends
/// after the plan's last day. The cycle day is 1 to 28, so every month has it.
/// </summary>
public static class BillingCycle
{
    /// <summary>The cycle-aligned period <c>[start, end)</c> that contains <paramref name="date"/>.</summary>
    public static (DateOnly Start, DateOnly End) Containing(DateOnly date, int cycleDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cycleDay, 28);
        var start = new DateOnly(date.Year, date.Month, cycleDay);
        if (start > date)
        {
            start = start.AddMonths(-1);
        }

        return (start, start.AddMonths(1));
    }

    /// <summary>
    /// The period of <paramref name="plan"/> that contains <paramref name="date"/>, clipped to the plan's first and last
    /// day; <see langword="null"/> when the plan does not cover the date.
    /// </summary>
    public static (DateOnly Start, DateOnly End)? PeriodOf(ClientPlan plan, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Covers(date))
        {
            return null;
        }

        var (start, end) = Containing(date, plan.BillingCycleDay);
        if (start < plan.StartsOn)
        {
            start = plan.StartsOn;
        }

        if (plan.EndedOn is { } last && end > last.AddDays(1))
        {
            end = last.AddDays(1);
        }

        return (start, end);
    }

    /// <summary>Every period of <paramref name="plan"/> from its start through the one containing <paramref name="through"/>, in order.</summary>
    public static IReadOnlyList<(DateOnly Start, DateOnly End)> PeriodsThrough(ClientPlan plan, DateOnly through)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var periods = new List<(DateOnly Start, DateOnly End)>();
        var day = plan.StartsOn;
        while (day <= through && PeriodOf(plan, day) is { } period)
        {
            periods.Add(period);
            day = period.End;
        }

        return periods;
    }
}
