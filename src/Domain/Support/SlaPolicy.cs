namespace KtPortal.Domain.Support;

/// <summary>The SLA targets of one priority: how soon a first response and a resolution are due.</summary>
public sealed class SlaPolicy
{
    // For EF Core materialization.
    private SlaPolicy()
    {
    }

    /// <summary>Creates a policy with targets <see cref="SlaTargets.Validate"/> accepted.</summary>
    public SlaPolicy(TicketPriority priority, SlaTargets targets, DateTimeOffset now)
    {
        Priority = priority;
        Change(targets, now);
    }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The targets break a rule of <see cref="SlaTargets.Validate"/>.</exception>
    public SlaPolicy(TicketPriority priority, int firstResponseMinutes, int resolutionMinutes, DateTimeOffset now)
        : this(priority, Checked(firstResponseMinutes, resolutionMinutes), now)
    {
    }

    /// <summary>The priority the policy applies to (the key).</summary>
    public TicketPriority Priority { get; private set; }

    /// <summary>Minutes from creation to the first staff reply.</summary>
    public int FirstResponseMinutes { get; private set; }

    /// <summary>Minutes from creation to resolution, not counting time waiting on the client.</summary>
    public int ResolutionMinutes { get; private set; }

    /// <summary>When the targets last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When a first response is due for a ticket created at <paramref name="createdAt"/>.</summary>
    public DateTimeOffset FirstResponseDue(DateTimeOffset createdAt) => createdAt.AddMinutes(FirstResponseMinutes);

    /// <summary>When resolution is due for a ticket created at <paramref name="createdAt"/> (before any pause).</summary>
    public DateTimeOffset ResolutionDue(DateTimeOffset createdAt) => createdAt.AddMinutes(ResolutionMinutes);

    /// <summary>Changes the targets to ones <see cref="SlaTargets.Validate"/> accepted; tickets already filed keep their due times.</summary>
    /// <exception cref="ArgumentException"><paramref name="targets"/> is the default value, not validated targets.</exception>
    public void Change(SlaTargets targets, DateTimeOffset now)
    {
        if (targets.FirstResponseMinutes < 1)
        {
            throw new ArgumentException("The targets were not made by SlaTargets.Validate.", nameof(targets));
        }

        FirstResponseMinutes = targets.FirstResponseMinutes;
        ResolutionMinutes = targets.ResolutionMinutes;
        UpdatedAt = now;
    }

    /// <summary>Changes the targets; tickets already filed keep their due times.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The targets break a rule of <see cref="SlaTargets.Validate"/>.</exception>
    public void Change(int firstResponseMinutes, int resolutionMinutes, DateTimeOffset now)
        => Change(Checked(firstResponseMinutes, resolutionMinutes), now);

    // The rules are SlaTargets'; a caller that did not validate first gets the first problem as an exception.
    private static SlaTargets Checked(int firstResponseMinutes, int resolutionMinutes)
    {
        var validation = SlaTargets.Validate(firstResponseMinutes, resolutionMinutes);
        return validation.Targets
            ?? throw new ArgumentOutOfRangeException(validation.Problems[0].Field.ToString(), validation.Problems[0].Message);
    }
}
