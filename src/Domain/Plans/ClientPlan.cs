namespace KtPortal.Domain.Plans;

/// <summary>
/// A client organization on a catalogue plan from <see cref="StartsOn"/>, until it is ended. At most one client plan
/// of an organization is active (the database enforces it); rates may be overridden for the client.
/// </summary>
public sealed class ClientPlan
{
    // For EF Core materialization.
    private ClientPlan()
    {
    }

    /// <summary>Puts <paramref name="organizationId"/> on <paramref name="plan"/> from <paramref name="startsOn"/>.</summary>
    public ClientPlan(Guid id, Guid organizationId, MaintenancePlan plan, DateOnly startsOn, RateOverrides overrides, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(overrides);
        Id = id;
        OrganizationId = organizationId;
        PlanId = plan.Id;
        StartsOn = startsOn;
        BillingCycleDay = plan.BillingCycleDay;
        DevelopmentRateOverride = overrides.DevelopmentRate;
        SupportRateOverride = overrides.SupportRate;
        CreatedAt = now;
    }

    /// <summary>The client plan's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The client organization.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The catalogue plan.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The first day the plan covers.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day the plan covers; <see langword="null"/> while it is active.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>The day periods start on, copied from the plan when assigned so periods never move.</summary>
    public int BillingCycleDay { get; private set; }

    /// <summary>The client's development rate, instead of the plan's.</summary>
    public decimal? DevelopmentRateOverride { get; private set; }

    /// <summary>The client's support rate, instead of the plan's.</summary>
    public decimal? SupportRateOverride { get; private set; }

    /// <summary>When the client was put on the plan.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether the plan covers work done on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= StartsOn && (EndedOn is null || date <= EndedOn);

    /// <summary>Ends the plan: <paramref name="lastDay"/> is the last day it covers.</summary>
    /// <exception cref="InvalidOperationException">The plan has ended already, or <paramref name="lastDay"/> is before its start.</exception>
    public void End(DateOnly lastDay)
    {
        if (EndedOn is not null)
        {
            throw new InvalidOperationException("The client plan has ended already.");
        }

        if (lastDay < StartsOn)
        {
            throw new InvalidOperationException("A client plan cannot end before it starts.");
        }

        EndedOn = lastDay;
    }

    /// <summary>The rates that apply to the client: the overrides, else the plan's.</summary>
    public (decimal Development, decimal Support) RatesFrom(MaintenancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (DevelopmentRateOverride ?? plan.DevelopmentRate, SupportRateOverride ?? plan.SupportRate);
    }
}
