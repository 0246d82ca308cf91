using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Support;

public sealed class TicketStatusTransitionsTests
{
    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Open)]
    [InlineData(TicketStatus.Open, TicketStatus.InProgress)]
    [InlineData(TicketStatus.InProgress, TicketStatus.WaitingOnClient)]
    [InlineData(TicketStatus.WaitingOnClient, TicketStatus.InProgress)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open)]
    [InlineData(TicketStatus.Closed, TicketStatus.Open)]
    public void Check_StaffAlongTheTable_IsAllowed(TicketStatus from, TicketStatus to) =>
        Assert.Equal(TransitionCheck.Allowed, TicketStatusTransitions.Check(from, to, TicketActor.Staff));

    [Theory]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Resolved, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Resolved, TicketStatus.WaitingOnClient)]
    [InlineData(TicketStatus.Open, TicketStatus.New)]
    [InlineData(TicketStatus.InProgress, TicketStatus.New)]
    public void Check_AChangeNotInTheTable_IsRefusedForEveryone(TicketStatus from, TicketStatus to)
    {
        Assert.Equal(TransitionCheck.NotInTable, TicketStatusTransitions.Check(from, to, TicketActor.Staff));
        Assert.Equal(TransitionCheck.NotInTable, TicketStatusTransitions.Check(from, to, TicketActor.Client));
    }

    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Closed)]
    [InlineData(TicketStatus.Open, TicketStatus.Closed)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Closed)]
    [InlineData(TicketStatus.WaitingOnClient, TicketStatus.Closed)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Closed)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Open)]
    [InlineData(TicketStatus.Closed, TicketStatus.Open)]
    public void Check_ClientClosingOrReopening_IsAllowed(TicketStatus from, TicketStatus to) =>
        Assert.Equal(TransitionCheck.Allowed, TicketStatusTransitions.Check(from, to, TicketActor.Client));

    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.Open)]
    [InlineData(TicketStatus.Open, TicketStatus.InProgress)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Open, TicketStatus.WaitingOnClient)]
    [InlineData(TicketStatus.WaitingOnClient, TicketStatus.Open)]
    public void Check_ClientDoingStaffWork_IsStaffOnly(TicketStatus from, TicketStatus to) =>
        Assert.Equal(TransitionCheck.StaffOnly, TicketStatusTransitions.Check(from, to, TicketActor.Client));

    [Fact]
    public void Check_TheSameStatus_IsUnchanged() =>
        Assert.Equal(TransitionCheck.Unchanged, TicketStatusTransitions.Check(TicketStatus.Open, TicketStatus.Open, TicketActor.Staff));

    [Fact]
    public void Table_EveryClientChange_ClosesOrReopens()
    {
        foreach (var transition in TicketStatusTransitions.All.Where(t => t.ClientMay))
        {
            Assert.True(transition.To == TicketStatus.Closed || transition.IsReopen, $"{transition.From} -> {transition.To}");
        }
    }

    [Fact]
    public void Table_HasNoDuplicateOrSelfTransitions()
    {
        var pairs = TicketStatusTransitions.All.Select(t => (t.From, t.To)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.DoesNotContain(pairs, p => p.From == p.To);
    }

    [Fact]
    public void Next_ForAClientOnAClosedTicket_IsOnlyReopening() =>
        Assert.Equal([TicketStatus.Open], TicketStatusTransitions.Next(TicketStatus.Closed, TicketActor.Client));
}
