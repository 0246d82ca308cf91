using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Support;

/// <summary>The SLA clock: due times from the targets, pauses while waiting on the client, and the breach rule.</summary>
public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly SlaTargets OneHourAndEight = SlaTargets.Validate(60, 480).Targets!.Value;

    [Fact]
    public void Start_sets_both_due_times_from_the_creation_time_in_wall_clock()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight);

        Assert.Equal(Created.AddHours(1), clock.FirstResponseDueAt);
        Assert.Equal(Created.AddHours(8), clock.ResolutionDueAt);
        Assert.False(clock.IsPaused);
        Assert.Equal(0, clock.PausedSeconds);
    }

    [Fact]
    public void A_pause_and_resume_moves_both_due_times_later_by_the_paused_time()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight)
            .Pause(Created.AddMinutes(20))
            .Resume(Created.AddMinutes(20 + 90));

        Assert.Equal(Created.AddMinutes(60 + 90), clock.FirstResponseDueAt);
        Assert.Equal(Created.AddMinutes(480 + 90), clock.ResolutionDueAt);
        Assert.Equal(90 * 60, clock.PausedSeconds);
        Assert.False(clock.IsPaused);
    }

    [Fact]
    public void Several_pauses_add_up()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight)
            .Pause(Created.AddMinutes(10)).Resume(Created.AddMinutes(40))
            .Pause(Created.AddHours(2)).Resume(Created.AddHours(5));

        Assert.Equal((30 + 180) * 60, clock.PausedSeconds);
        Assert.Equal(Created.AddMinutes(480 + 30 + 180), clock.ResolutionDueAt);
    }

    [Fact]
    public void Due_time_always_equals_creation_plus_target_plus_paused_seconds_with_the_pause_rounded_up_to_a_second()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight)
            .Pause(Created.AddMinutes(1)).Resume(Created.AddMinutes(1).AddMilliseconds(1500))
            .Pause(Created.AddMinutes(2)).Resume(Created.AddMinutes(2).AddTicks(1));

        Assert.Equal(3, clock.PausedSeconds);
        Assert.Equal(Created + OneHourAndEight.Resolution + TimeSpan.FromSeconds(clock.PausedSeconds), clock.ResolutionDueAt);
        Assert.Equal(Created + OneHourAndEight.FirstResponse + TimeSpan.FromSeconds(clock.PausedSeconds), clock.FirstResponseDueAt);
    }

    [Fact]
    public void Pausing_a_paused_clock_keeps_the_first_pause_and_resuming_a_running_clock_changes_nothing()
    {
        var paused = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(5));
        Assert.Same(paused, paused.Pause(Created.AddMinutes(30)));
        Assert.Equal(Created.AddMinutes(5), paused.PausedAt);

        var running = SlaClock.Start(Created, OneHourAndEight);
        Assert.Same(running, running.Resume(Created.AddMinutes(30)));
    }

    [Fact]
    public void Follow_pauses_exactly_while_the_ticket_waits_on_the_client()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight);
        clock = clock.Follow(waitingOnClient: true, Created.AddMinutes(10));
        Assert.True(clock.IsPaused);
        clock = clock.Follow(waitingOnClient: true, Created.AddMinutes(20));
        Assert.Equal(Created.AddMinutes(10), clock.PausedAt);
        clock = clock.Follow(waitingOnClient: false, Created.AddMinutes(25));
        Assert.False(clock.IsPaused);
        Assert.Equal(15 * 60, clock.PausedSeconds);
    }

    [Fact]
    public void A_resume_stamped_before_its_pause_pauses_for_no_time_instead_of_pulling_due_times_earlier()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(30)).Resume(Created.AddMinutes(29));

        Assert.Equal(0, clock.PausedSeconds);
        Assert.Equal(Created.AddHours(1), clock.FirstResponseDueAt);
    }

    [Fact]
    public void While_paused_the_effective_due_time_moves_with_the_clock_stopped()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(20));

        Assert.Equal(Created.AddMinutes(60 + 100), clock.EffectiveDueAt(clock.FirstResponseDueAt, Created.AddMinutes(120)));
        Assert.Equal(clock.FirstResponseDueAt, clock.Resume(Created.AddMinutes(120)).FirstResponseDueAt - TimeSpan.FromMinutes(100));
        Assert.Equal(Created.AddHours(1), SlaClock.Start(Created, OneHourAndEight).EffectiveDueAt(Created.AddHours(1), Created.AddHours(3)));
    }

    [Fact]
    public void The_first_response_is_breached_once_now_is_past_due_without_a_response()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight);

        Assert.False(clock.IsFirstResponseBreached(Created.AddMinutes(59), null, null));
        Assert.False(clock.IsFirstResponseBreached(Created.AddMinutes(60), null, null));
        Assert.True(clock.IsFirstResponseBreached(Created.AddMinutes(61), null, null));
    }

    [Fact]
    public void A_response_in_time_is_never_a_breach_and_a_late_one_always_is()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight);

        Assert.False(clock.IsFirstResponseBreached(Created.AddDays(3), firstRespondedAt: Created.AddMinutes(45), resolvedAt: null));
        Assert.True(clock.IsFirstResponseBreached(Created.AddDays(3), firstRespondedAt: Created.AddMinutes(75), resolvedAt: null));
        Assert.False(clock.IsFirstResponseBreached(Created.AddDays(3), firstRespondedAt: null, resolvedAt: Created.AddMinutes(30)));
    }

    [Fact]
    public void A_paused_clock_does_not_breach_however_long_the_client_takes()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(50));

        Assert.False(clock.IsFirstResponseBreached(Created.AddDays(10), null, null));
        Assert.False(clock.IsResolutionBreached(Created.AddDays(10), null));
    }

    [Fact]
    public void After_resuming_only_running_time_counts_towards_the_breach()
    {
        // 50 minutes run, a 3-hour pause, then 10 more minutes: exactly the hour, not yet late; one more minute is late.
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(50)).Resume(Created.AddMinutes(50 + 180));

        Assert.False(clock.IsFirstResponseBreached(Created.AddMinutes(50 + 180 + 10), null, null));
        Assert.True(clock.IsFirstResponseBreached(Created.AddMinutes(50 + 180 + 11), null, null));
    }

    [Fact]
    public void A_target_already_late_when_the_clock_paused_stays_breached_during_the_pause()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(70));

        Assert.True(clock.IsFirstResponseBreached(Created.AddMinutes(80), null, null));
    }

    [Fact]
    public void A_response_given_during_a_pause_is_judged_at_the_pause()
    {
        // Paused 10 minutes before the due time, answered hours later while still paused: not late.
        var clock = SlaClock.Start(Created, OneHourAndEight).Pause(Created.AddMinutes(50));

        Assert.False(clock.IsFirstResponseBreached(Created.AddHours(5), firstRespondedAt: Created.AddHours(4), resolvedAt: null));
    }

    [Fact]
    public void Resolution_is_breached_once_past_due_and_unresolved_and_never_when_resolved_in_time()
    {
        var clock = SlaClock.Start(Created, OneHourAndEight);

        Assert.False(clock.IsResolutionBreached(Created.AddHours(8), null));
        Assert.True(clock.IsResolutionBreached(Created.AddHours(8).AddSeconds(1), null));
        Assert.False(clock.IsResolutionBreached(Created.AddDays(2), resolvedAt: Created.AddHours(7)));
        Assert.True(clock.IsResolutionBreached(Created.AddDays(2), resolvedAt: Created.AddHours(9)));
    }
}
