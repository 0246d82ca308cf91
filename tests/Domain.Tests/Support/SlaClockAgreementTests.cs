using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Support;

/// <summary>
/// The ticket's own pause arithmetic (<see cref="Ticket.TransitionTo"/>) and <see cref="SlaClock"/> agree on due times
/// and paused seconds, for pauses of whole and of fractional seconds, before the first response (after it, the ticket
/// stops moving the first-response due time, which no longer matters).
/// </summary>
public sealed class SlaClockAgreementTests
{
    [Fact]
    public void A_ticket_and_the_clock_agree_through_several_pauses()
    {
        var created = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var policy = new SlaPolicy(TicketPriority.High, 240, 1440, created);
        var ticket = Ticket.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "VPN down", "It drops.", TicketType.Troubleshooting, "technical",
            TicketPriority.High, TicketSource.Portal, policy, created);
        var clock = SlaClock.Start(created, SlaTargets.Validate(240, 1440).Targets!.Value);

        var now = created;
        foreach (var (run, pause) in ((double, double)[])[(600, 3600), (45, 7.25), (0.5, 0.001), (3600, 86_400)])
        {
            now = now.AddSeconds(run);
            Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.WaitingOnClient, TicketActor.Staff, now));
            clock = clock.Follow(waitingOnClient: true, now);
            Assert.Equal(clock.PausedAt, ticket.SlaPausedAt);

            now = now.AddSeconds(pause);
            Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.InProgress, TicketActor.Staff, now));
            clock = clock.Follow(waitingOnClient: false, now);

            Assert.Equal(clock.FirstResponseDueAt, ticket.FirstResponseDueAt);
            Assert.Equal(clock.ResolutionDueAt, ticket.ResolutionDueAt);
            Assert.Equal(clock.PausedSeconds, ticket.SlaPausedSeconds);
            Assert.Null(ticket.SlaPausedAt);
        }
    }
}
