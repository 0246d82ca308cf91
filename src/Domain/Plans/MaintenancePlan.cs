namespace KtPortal.Domain.Plans;

/// <summary>
/// A plan of the agency's catalogue: how many hours a month it includes, which tickets it covers, its rates and
/// its fee. Client organizations are put on a plan through a <see cref="ClientPlan"/>.
/// </summary>
public sealed class MaintenancePlan
{
    /// <summary>The ticket types a plan can cover, as stored (<c>TicketType</c> in UPPER_SNAKE).</summary>
    public static readonly IReadOnlyList<string> TicketTypes = ["SERVICE_REQUEST", "TROUBLESHOOTING"];

    // For EF Core materialization.
    private MaintenancePlan()
    {
        Name = string.Empty;
        Currency = string.Empty;
        CoveredTicketTypes = [];
        CoveredCategories = [];
    }

    /// <summary>Creates a plan from validated terms.</summary>
    public MaintenancePlan(Guid id, PlanTerms terms, DateTimeOffset now)
        : this()
    {
        Id = id;
        Apply(terms);
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>The plan's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The plan's name, unique in the catalogue.</summary>
    public string Name { get; private set; }

    /// <summary>The minutes included in each monthly period.</summary>
    public int IncludedMinutes { get; private set; }

    /// <summary>The ticket types whose billable time deducts from the included hours (UPPER_SNAKE).</summary>
    public string[] CoveredTicketTypes { get; private set; }

    /// <summary>The covered categories; empty covers every category of a covered type.</summary>
    public string[] CoveredCategories { get; private set; }

    /// <summary>The hourly rate of development work beyond the included hours.</summary>
    public decimal DevelopmentRate { get; private set; }

    /// <summary>The hourly rate of support work beyond the included hours.</summary>
    public decimal SupportRate { get; private set; }

    /// <summary>The fee of each monthly period.</summary>
    public decimal MonthlyFee { get; private set; }

    /// <summary>The ISO 4217 currency of the rates and the fee.</summary>
    public string Currency { get; private set; }

    /// <summary>The day of the month (1 to 28) on which each period starts.</summary>
    public int BillingCycleDay { get; private set; }

    /// <summary>When the plan was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the plan last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces the plan's terms. Existing client plans keep their billing-cycle day; periods keep what they were made with.</summary>
    public void Update(PlanTerms terms, DateTimeOffset now)
    {
        Apply(terms);
        UpdatedAt = now;
    }

    private void Apply(PlanTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Validate() is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(terms));
        }

        Name = terms.Name.Trim();
        IncludedMinutes = terms.IncludedMinutes;
        CoveredTicketTypes = [.. terms.CoveredTicketTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        CoveredCategories = [.. terms.CoveredCategories.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        DevelopmentRate = terms.DevelopmentRate;
        SupportRate = terms.SupportRate;
        MonthlyFee = terms.MonthlyFee;
        Currency = terms.Currency;
        BillingCycleDay = terms.BillingCycleDay;
    }
}
