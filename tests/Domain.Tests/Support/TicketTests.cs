using KtPortal.Domain.Support;

namespace KtPortal.Domain.Tests.Support;

public sealed class TicketTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Ticket NewTicket(TicketPriority priority = TicketPriority.High) =>
        Ticket.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "  Site is down ", "Since 9:00.", TicketType.Troubleshooting, "hosting",
            priority, TicketSource.Portal, new SlaPolicy(priority, firstResponseMinutes: 60, resolutionMinutes: 480, Start), Start);

    [Fact]
    public void Create_SetsDueTimesFromThePolicyAndStartsNew()
    {
        var ticket = NewTicket();

        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal("Site is down", ticket.Title);
        Assert.Equal(Start.AddHours(1), ticket.FirstResponseDueAt);
        Assert.Equal(Start.AddHours(8), ticket.ResolutionDueAt);
        Assert.True(ticket.IsQueued);
    }

    [Fact]
    public void Create_WithThePolicyOfAnotherPriority_Throws() =>
        Assert.Throws<ArgumentException>(() => Ticket.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "T", "D", TicketType.ServiceRequest, "web",
            TicketPriority.Low, TicketSource.Api, new SlaPolicy(TicketPriority.High, 60, 480, Start), Start));

    [Theory]
    [InlineData("", "d", "web")]
    [InlineData("t", "d", " ")]
    public void Validate_MissingTitleOrCategory_SaysWhy(string title, string description, string category) =>
        Assert.NotNull(Ticket.Validate(title, description, category));

    [Fact]
    public void FormatNumber_IsTheKtPrefixAndTheNumber() => Assert.Equal("KT-1042", Ticket.FormatNumber(1042));

    [Fact]
    public void TransitionTo_WaitingOnClientAndBack_PausesTheSlaAndPushesDueTimesByThePause()
    {
        var ticket = NewTicket();
        Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.WaitingOnClient, TicketActor.Staff, Start.AddMinutes(10)));
        Assert.Equal(Start.AddMinutes(10), ticket.SlaPausedAt);

        Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.InProgress, TicketActor.Staff, Start.AddMinutes(40)));

        Assert.Null(ticket.SlaPausedAt);
        Assert.Equal(30 * 60, ticket.SlaPausedSeconds);
        Assert.Equal(Start.AddMinutes(90), ticket.FirstResponseDueAt);
        Assert.Equal(Start.AddHours(8).AddMinutes(30), ticket.ResolutionDueAt);
    }

    [Fact]
    public void TransitionTo_AfterTheFirstResponse_PausesOnlyTheResolutionClock()
    {
        var ticket = NewTicket();
        ticket.RecordMessage(TicketActor.Staff, isInternal: false, Start.AddMinutes(5));
        ticket.TransitionTo(TicketStatus.WaitingOnClient, TicketActor.Staff, Start.AddMinutes(10));
        ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Start.AddMinutes(70));

        Assert.Equal(Start.AddHours(1), ticket.FirstResponseDueAt);
        Assert.Equal(Start.AddHours(9), ticket.ResolutionDueAt);
        Assert.Equal(3600, ticket.SlaPausedSeconds);
    }

    [Fact]
    public void TransitionTo_ResolvedThenReopened_ClearsResolvedAtAndCountsTheResolution()
    {
        var ticket = NewTicket();
        ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Start.AddHours(1));
        Assert.Equal(Start.AddHours(1), ticket.ResolvedAt);
        Assert.True(ticket.IsRateable);

        Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.Open, TicketActor.Client, Start.AddHours(2)));

        Assert.Null(ticket.ResolvedAt);
        Assert.False(ticket.IsRateable);
        Assert.Equal(1, ticket.Resolutions);
        ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Start.AddHours(3));
        Assert.Equal(2, ticket.Resolutions);
    }

    [Fact]
    public void TransitionTo_ClosedByTheClientUnresolved_ResolvesAndCloses()
    {
        var ticket = NewTicket();

        Assert.Equal(TransitionCheck.Allowed, ticket.TransitionTo(TicketStatus.Closed, TicketActor.Client, Start.AddHours(1)));

        Assert.Equal(Start.AddHours(1), ticket.ClosedAt);
        Assert.Equal(Start.AddHours(1), ticket.ResolvedAt);
        Assert.Equal(1, ticket.Resolutions);
    }

    [Fact]
    public void TransitionTo_ResolvedThenClosed_IsOneResolution()
    {
        var ticket = NewTicket();
        ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Start.AddHours(1));
        ticket.TransitionTo(TicketStatus.Closed, TicketActor.Client, Start.AddHours(2));

        Assert.Equal(1, ticket.Resolutions);
        Assert.Equal(Start.AddHours(1), ticket.ResolvedAt);
    }

    [Fact]
    public void TransitionTo_Refused_ChangesNothing()
    {
        var ticket = NewTicket();
        var version = ticket.Version;

        Assert.Equal(TransitionCheck.StaffOnly, ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Client, Start.AddHours(1)));

        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Null(ticket.ResolvedAt);
        Assert.Equal(version, ticket.Version);
    }

    [Fact]
    public void RecordMessage_OnlyTheFirstPublicStaffReply_IsTheFirstResponse()
    {
        var ticket = NewTicket();

        Assert.False(ticket.RecordMessage(TicketActor.Client, isInternal: false, Start.AddMinutes(1)));
        Assert.False(ticket.RecordMessage(TicketActor.Staff, isInternal: true, Start.AddMinutes(2)));
        Assert.True(ticket.RecordMessage(TicketActor.Staff, isInternal: false, Start.AddMinutes(3)));
        Assert.False(ticket.RecordMessage(TicketActor.Staff, isInternal: false, Start.AddMinutes(4)));

        Assert.Equal(Start.AddMinutes(3), ticket.FirstRespondedAt);
    }

    [Fact]
    public void SetTags_NormalizesAndDeduplicates()
    {
        var ticket = NewTicket();

        ticket.SetTags([" DNS", "dns", "Email "], Start);

        Assert.Equal(["dns", "email"], ticket.Tags);
    }

    [Fact]
    public void SetCustomFields_NotAnObject_Throws() =>
        Assert.Throws<ArgumentException>(() => NewTicket().SetCustomFields("[1]", Start));

    [Fact]
    public void Post_AnInternalNoteByAClient_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            TicketMessage.Post(Guid.NewGuid(), NewTicket(), Guid.NewGuid(), TicketActor.Client, "psst", isInternal: true, [], Start));

    [Fact]
    public void Validate_AnAttachmentOver50Megabytes_SaysWhy() =>
        Assert.NotNull(TicketMessage.Validate("body", [new TicketAttachment("big.zip", "application/zip", TicketAttachment.MaxSizeBytes + 1)]));

    [Fact]
    public void Post_KeepsAttachmentMetadata()
    {
        var message = TicketMessage.Post(Guid.NewGuid(), NewTicket(), Guid.NewGuid(), TicketActor.Client, "see log", isInternal: false,
            [new TicketAttachment("log.txt", "text/plain", 1234)], Start);

        Assert.Equal([new TicketAttachment("log.txt", "text/plain", 1234)], message.Attachments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Rate_AScoreOutside1To5_Throws(int score)
    {
        var ticket = NewTicket();
        ticket.TransitionTo(TicketStatus.Resolved, TicketActor.Staff, Start.AddHours(1));

        Assert.Throws<ArgumentException>(() => TicketRating.Rate(Guid.NewGuid(), ticket, score, null, Guid.NewGuid(), Start.AddHours(2)));
    }

    [Fact]
    public void Rate_AnUnresolvedTicket_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TicketRating.Rate(Guid.NewGuid(), NewTicket(), 5, null, Guid.NewGuid(), Start));

    [Fact]
    public void Link_ATicketToItself_Throws()
    {
        var a = NewTicket();

        Assert.Throws<ArgumentException>(() => TicketLink.Link(a, a, null, Start));
    }

    [Fact]
    public void ChangePriority_MovesOpenDueTimesToTheNewTargetsCountedFromCreationPlusPauses()
    {
        var ticket = NewTicket();
        ticket.TransitionTo(TicketStatus.WaitingOnClient, TicketActor.Staff, Start.AddMinutes(10));
        ticket.TransitionTo(TicketStatus.InProgress, TicketActor.Staff, Start.AddMinutes(40));

        Assert.True(ticket.ChangePriority(new SlaPolicy(TicketPriority.Urgent, 15, 120, Start), Start.AddMinutes(41)));

        Assert.Equal(TicketPriority.Urgent, ticket.Priority);
        Assert.Equal(Start.AddMinutes(15 + 30), ticket.FirstResponseDueAt);
        Assert.Equal(Start.AddMinutes(120 + 30), ticket.ResolutionDueAt);
    }

    [Fact]
    public void ChangePriority_AfterTheFirstResponse_KeepsTheMetFirstResponseDueTime()
    {
        var ticket = NewTicket();
        ticket.RecordMessage(TicketActor.Staff, isInternal: false, Start.AddMinutes(5));

        ticket.ChangePriority(new SlaPolicy(TicketPriority.Low, 1440, 7200, Start), Start.AddMinutes(6));

        Assert.Equal(Start.AddHours(1), ticket.FirstResponseDueAt);
        Assert.Equal(Start.AddMinutes(7200), ticket.ResolutionDueAt);
    }

    [Fact]
    public void ChangePriority_ClearsABreachOnlyWhenTheNewDueTimeIsStillAhead()
    {
        var lowered = NewTicket();
        Assert.True(lowered.MarkResolutionBreached(Start.AddHours(9)));
        lowered.ChangePriority(new SlaPolicy(TicketPriority.Low, 1440, 7200, Start), Start.AddHours(9));
        Assert.False(lowered.ResolutionBreached);

        var raised = NewTicket();
        Assert.True(raised.MarkResolutionBreached(Start.AddHours(9)));
        raised.ChangePriority(new SlaPolicy(TicketPriority.Urgent, 15, 120, Start), Start.AddHours(9));
        Assert.True(raised.ResolutionBreached);
        Assert.Equal(Start.AddHours(2), raised.ResolutionDueAt);
    }

    [Fact]
    public void ChangePriority_ToTheSamePriority_ChangesNothing()
    {
        var ticket = NewTicket();
        var version = ticket.Version;

        Assert.False(ticket.ChangePriority(new SlaPolicy(TicketPriority.High, 5, 10, Start), Start.AddMinutes(1)));

        Assert.Equal(Start.AddHours(1), ticket.FirstResponseDueAt);
        Assert.Equal(version, ticket.Version);
    }
}
