using System.Text.RegularExpressions;

namespace KtPortal.Domain.Plans;

/// <summary>The terms of a catalogue plan, as staff enter them.</summary>
/// <param name="Name">The plan's name (1 to 100 characters).</param>
/// <param name="IncludedMinutes">Minutes included per month (0 to a month of hours).</param>
/// <param name="CoveredTicketTypes">Covered ticket types, UPPER_SNAKE (<see cref="MaintenancePlan.TicketTypes"/>).</param>
/// <param name="CoveredCategories">Covered categories; empty covers every category.</param>
/// <param name="DevelopmentRate">Hourly development rate.</param>
/// <param name="SupportRate">Hourly support rate.</param>
/// <param name="MonthlyFee">The monthly fee.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>USD</c>.</param>
/// <param name="BillingCycleDay">The day of the month each period starts (1 to 28, so every month has it).</param>
public sealed partial record PlanTerms(
    string Name,
    int IncludedMinutes,
    IReadOnlyList<string> CoveredTicketTypes,
    IReadOnlyList<string> CoveredCategories,
    decimal DevelopmentRate,
    decimal SupportRate,
    decimal MonthlyFee,
    string Currency,
    int BillingCycleDay)
{
    /// <summary>The most minutes a plan may include: every hour of a 31-day month.</summary>
    public const int MaxIncludedMinutes = 744 * 60;

    /// <summary>The largest rate or fee (<c>numeric(12,2)</c>).</summary>
    public const decimal MaxAmount = 9_999_999_999.99m;

    /// <summary>The first problem with these terms, or <see langword="null"/> when they are valid.</summary>
    public PlanProblem? Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            return new PlanProblem("name", "The name must be 1 to 100 characters.");
        }

        if (IncludedMinutes is < 0 or > MaxIncludedMinutes)
        {
            return new PlanProblem("includedHours", "The included hours must be between 0 and 744.");
        }

        if (CoveredTicketTypes.Any(t => !MaintenancePlan.TicketTypes.Contains(t)))
        {
            return new PlanProblem("coveredTicketTypes", "Covered ticket types must be SERVICE_REQUEST or TROUBLESHOOTING.");
        }

        if (CoveredCategories.Any(c => string.IsNullOrWhiteSpace(c) || c.Trim().Length > 100))
        {
            return new PlanProblem("coveredCategories", "Each covered category must be 1 to 100 characters.");
        }

        if (!IsAmount(DevelopmentRate))
        {
            return new PlanProblem("developmentRate", "The development rate must be 0 or more, with at most two decimals.");
        }

        if (!IsAmount(SupportRate))
        {
            return new PlanProblem("supportRate", "The support rate must be 0 or more, with at most two decimals.");
        }

        if (!IsAmount(MonthlyFee))
        {
            return new PlanProblem("monthlyFee", "The monthly fee must be 0 or more, with at most two decimals.");
        }

        if (Currency is null || !CurrencyPattern().IsMatch(Currency))
        {
            return new PlanProblem("currency", "The currency must be an ISO 4217 code such as USD.");
        }

        return BillingCycleDay is < 1 or > 28
            ? new PlanProblem("billingCycleDay", "The billing-cycle day must be between 1 and 28.")
            : null;
    }

    /// <summary>Whether <paramref name="amount"/> is money the database stores exactly: 0 or more, two decimals at most.</summary>
    public static bool IsAmount(decimal amount) => amount is >= 0 and <= MaxAmount && decimal.Round(amount, 2) == amount;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
