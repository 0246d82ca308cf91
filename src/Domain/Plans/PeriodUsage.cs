namespace KtPortal.Domain.Plans;

/// <summary>
/// What a billing period has used: every minute charged to it (billable time on covered tickets, and the top-ups of
/// minimum billing), and the part beyond the included minutes per rate type. See docs/plans-and-time.md.
/// </summary>
/// <param name="PeriodId">The billing period.</param>
/// <param name="StartsOn">The period's first day.</param>
/// <param name="EndsOn">The day after the period's last day.</param>
/// <param name="IncludedMinutes">The minutes the period includes.</param>
/// <param name="UsedMinutes">The minutes charged to the period.</param>
/// <param name="OverageDevelopmentMinutes">Charged minutes beyond the included ones, at the development rate.</param>
/// <param name="OverageSupportMinutes">Charged minutes beyond the included ones, at the support rate.</param>
public sealed record PeriodUsage(
    Guid PeriodId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int IncludedMinutes,
    int UsedMinutes,
    int OverageDevelopmentMinutes,
    int OverageSupportMinutes)
{
    /// <summary>The thresholds, in percent of the included minutes, at which clients and billing staff are told.</summary>
    public static readonly IReadOnlyList<int> NoticeThresholds = [80, 100];

    /// <summary>Included minutes not used yet.</summary>
    public int RemainingMinutes => Math.Max(0, IncludedMinutes - UsedMinutes);

    /// <summary>Minutes beyond the included ones, at either rate.</summary>
    public int OverageMinutes => OverageDevelopmentMinutes + OverageSupportMinutes;

    /// <summary>The period's last day.</summary>
    public DateOnly LastDay => EndsOn.AddDays(-1);

    /// <summary>The thresholds the usage has reached (none when the period includes no minutes).</summary>
    public IReadOnlyList<int> ReachedThresholds =>
        IncludedMinutes == 0 ? [] : [.. NoticeThresholds.Where(t => (long)UsedMinutes * 100 >= (long)IncludedMinutes * t)];

    /// <summary>Minutes as hours, rounded to two decimals (7 h 20 min is 7.33).</summary>
    public static decimal Hours(int minutes) => decimal.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero);
}
