namespace KtPortal.Domain.Support;

/// <summary>The SLA targets of one priority: how soon a first response and a resolution are due.</summary>
public sealed class SlaPolicy
{
    // For EF Core materialization.
    private SlaPolicy()
    {
    }

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A target is not positive, or resolution comes before first response.</exception>
    public SlaPolicy(TicketPriority priority, int firstResponseMinutes, int resolutionMinutes, DateTimeOffset now)
    {
        Priority = priority;
        Change(firstResponseMinutes, resolutionMinutes, now);
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

    /// <summary>Changes the targets; tickets already filed keep their due times.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A target is not positive, or resolution comes before first response.</exception>
    public void Change(int firstResponseMinutes, int resolutionMinutes, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstResponseMinutes);
        ArgumentOutOfRangeException.ThrowIfLessThan(resolutionMinutes, firstResponseMinutes);
        FirstResponseMinutes = firstResponseMinutes;
        ResolutionMinutes = resolutionMinutes;
        UpdatedAt = now;
    }
}
