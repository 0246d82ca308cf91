namespace KtPortal.Domain.Support;

/// <summary>
/// The SLA clock of one ticket, in wall-clock time (the seeds and DESIGN §3 ask for no business hours). It starts when
/// the ticket is created, with both due times set from the policy's targets. It pauses while the ticket waits on the
/// client and, when it resumes, both due times move later by the paused time, so a target counts only the time the
/// agency could act. The stored due times are those of the last resume; while paused, <see cref="EffectiveDueAt"/>
/// gives the due time as it stands now.
/// </summary>
/// <remarks>
/// The paused time is counted in whole seconds, rounded up, and the due times move by exactly that, so that
/// <c>due = created + target + PausedSeconds</c> always holds (the database keeps the same three numbers). Rounding up
/// favours the client by less than a second per pause.
/// </remarks>
/// <param name="FirstResponseDueAt">When the first staff response is due (as of the last resume).</param>
/// <param name="ResolutionDueAt">When resolution is due (as of the last resume).</param>
/// <param name="PausedAt">When the running pause began; null while the clock runs.</param>
/// <param name="PausedSeconds">The paused time of every finished pause, in whole seconds.</param>
public sealed record SlaClock(DateTimeOffset FirstResponseDueAt, DateTimeOffset ResolutionDueAt, DateTimeOffset? PausedAt, long PausedSeconds)
{
    /// <summary>Whether the clock is paused.</summary>
    public bool IsPaused => PausedAt is not null;

    /// <summary>Starts the clock of a ticket created at <paramref name="createdAt"/>.</summary>
    public static SlaClock Start(DateTimeOffset createdAt, SlaTargets targets)
        => new(createdAt + targets.FirstResponse, createdAt + targets.Resolution, null, 0);

    /// <summary>
    /// Pauses or resumes the clock to follow the ticket's status: paused exactly while the ticket waits on the client.
    /// Following the status it already follows changes nothing.
    /// </summary>
    public SlaClock Follow(bool waitingOnClient, DateTimeOffset now) => waitingOnClient ? Pause(now) : Resume(now);

    /// <summary>Stops the clock at <paramref name="now"/>; a paused clock stays paused from when it first paused.</summary>
    public SlaClock Pause(DateTimeOffset now) => IsPaused ? this : this with { PausedAt = now };

    /// <summary>Restarts a paused clock, moving both due times later by the paused time; a running clock is unchanged.</summary>
    public SlaClock Resume(DateTimeOffset now)
    {
        if (PausedAt is not { } pausedAt)
        {
            return this;
        }

        var paused = PausedSecondsBetween(pausedAt, now);
        var shift = TimeSpan.FromSeconds(paused);
        return new SlaClock(FirstResponseDueAt + shift, ResolutionDueAt + shift, null, PausedSeconds + paused);
    }

    /// <summary>
    /// <paramref name="storedDueAt"/> as it stands at <paramref name="now"/>: while paused, the due time keeps moving
    /// later with the clock stopped, as a resume at <paramref name="now"/> would set it.
    /// </summary>
    public DateTimeOffset EffectiveDueAt(DateTimeOffset storedDueAt, DateTimeOffset now)
        => PausedAt is { } pausedAt ? storedDueAt + TimeSpan.FromSeconds(PausedSecondsBetween(pausedAt, now)) : storedDueAt;

    /// <summary>
    /// Whether the first response is late at <paramref name="now"/>: not given (nor the ticket resolved) by its due
    /// time, counting running clock only. A response given after the due time is a breach too, whenever it is noticed.
    /// </summary>
    public bool IsFirstResponseBreached(DateTimeOffset now, DateTimeOffset? firstRespondedAt, DateTimeOffset? resolvedAt)
        => IsBreached(FirstResponseDueAt, now, PausedAt, Earliest(firstRespondedAt, resolvedAt));

    /// <summary>Whether resolution is late at <paramref name="now"/>: not resolved by its due time, counting running clock only.</summary>
    public bool IsResolutionBreached(DateTimeOffset now, DateTimeOffset? resolvedAt)
        => IsBreached(ResolutionDueAt, now, PausedAt, resolvedAt);

    /// <summary>
    /// The breach rule, shared with the breach job's SQL (<c>due &lt; LEAST(satisfied_at, sla_paused_at, now)</c>):
    /// the target is breached when its due time passed before the first of the moment it was met, the moment the clock
    /// paused, and now. While paused the stored due time is stale, but the clock is stopped: only time before the pause
    /// can breach.
    /// </summary>
    /// <param name="dueAt">The stored due time (as of the last resume).</param>
    /// <param name="now">The current time.</param>
    /// <param name="pausedAt">When the running pause began, if paused.</param>
    /// <param name="satisfiedAt">When the target was met (responded or resolved), if it was.</param>
    public static bool IsBreached(DateTimeOffset dueAt, DateTimeOffset now, DateTimeOffset? pausedAt, DateTimeOffset? satisfiedAt)
        => dueAt < Earliest(Earliest(satisfiedAt, pausedAt) ?? now, now);

    /// <summary>
    /// The whole seconds, rounded up, that a pause from <paramref name="pausedAt"/> to <paramref name="resumedAt"/> adds to
    /// the due times. A clock that runs backwards (a resume stamped before its pause) pauses for no time rather than
    /// pulling due times earlier.
    /// </summary>
    internal static long PausedSecondsBetween(DateTimeOffset pausedAt, DateTimeOffset resumedAt)
        => resumedAt <= pausedAt ? 0 : ((resumedAt - pausedAt).Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b)
        => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
