namespace KtPortal.Domain.Plans;

/// <summary>
/// One monthly period of a client plan, <c>[StartsOn, EndsOn)</c>. It records the included minutes and the rates it
/// was made with, and the usage last computed for it; the usage itself is always computed from the time entries
/// (see docs/plans-and-time.md). Periods are made lazily and idempotently (one per client plan and start day).
/// </summary>
public sealed class BillingPeriod
{
    // For EF Core materialization.
    private BillingPeriod()
    {
        Currency = string.Empty;
    }

    /// <summary>The period's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The client organization.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The client plan the period belongs to.</summary>
    public Guid ClientPlanId { get; private set; }

    /// <summary>The first day of the period.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The day after the period's last day.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The minutes the period includes (no rollover from earlier periods).</summary>
    public int IncludedMinutes { get; private set; }

    /// <summary>The development rate the period bills overage at.</summary>
    public decimal DevelopmentRate { get; private set; }

    /// <summary>The support rate the period bills overage at.</summary>
    public decimal SupportRate { get; private set; }

    /// <summary>The currency of the rates.</summary>
    public string Currency { get; private set; }

    /// <summary>The minutes charged to the period when its usage was last recorded.</summary>
    public int UsedMinutes { get; private set; }

    /// <summary>The recorded overage at the development rate, in minutes.</summary>
    public int OverageDevelopmentMinutes { get; private set; }

    /// <summary>The recorded overage at the support rate, in minutes.</summary>
    public int OverageSupportMinutes { get; private set; }

    /// <summary>When the usage was last recorded.</summary>
    public DateTimeOffset? UsageRecordedAt { get; private set; }

    /// <summary>When the period was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
}
