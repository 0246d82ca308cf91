using System.Text.Json;
using KtPortal.Api.Seed;

namespace KtPortal.Api.Tests.Support;

/// <summary>The ticket mutations over HTTP: what they write, and the typed errors that write nothing.</summary>
public sealed class TicketMutationTests(DeskFixture fixture) : IClassFixture<DeskFixture>
{
    private const string Client = "owner@acme.test";
    private const string CoMember = "member@acme.test";
    private const string Stranger = "owner@globex.test";
    private const string Agent = "agent@kre8ivtech.test";

    private const string ChangeStatus = """
        mutation($id: ID!, $status: TicketStatus!) {
          changeTicketStatus(input: { ticketId: $id, status: $status }) {
            ticket { status resolvedAt closedAt slaPausedAt }
            errors { __typename ... on Error { code message path } }
          }
        }
        """;

    private const string Rate = """
        mutation($id: ID!, $score: Int!) {
          rateTicket(input: { ticketId: $id, score: $score, comment: "Thanks" }) {
            ticket { rating { score comment resolution } }
            errors { __typename ... on Error { code message path } }
          }
        }
        """;

    [Fact]
    public async Task CreateTicket_ByAClient_FilesForTheirOrganizationWithANumberAndSlaDueTimes()
    {
        var data = await fixture.DataAsync(Client, """
            mutation {
              createTicket(input: { title: "Site down", description: "Since 9:00", type: TROUBLESHOOTING, priority: URGENT, category: "Hosting" }) {
                ticket {
                  number numberValue title status priority category source
                  organization { slug } requester { email } assignee { email }
                  createdAt firstResponseDueAt resolutionDueAt queuePosition
                  timeline { nodes { kind actor { email } } }
                }
                errors { __typename }
              }
            }
            """);

        var ticket = data.GetProperty("createTicket").GetProperty("ticket");
        Assert.Equal($"KT-{ticket.GetProperty("numberValue").GetInt32()}", ticket.GetProperty("number").GetString());
        Assert.True(ticket.GetProperty("numberValue").GetInt32() >= 1001);
        Assert.Equal("NEW", ticket.GetProperty("status").GetString());
        Assert.Equal("hosting", ticket.GetProperty("category").GetString());
        Assert.Equal("PORTAL", ticket.GetProperty("source").GetString());
        Assert.Equal("acme", ticket.GetProperty("organization").GetProperty("slug").GetString());
        Assert.Equal(Client, ticket.GetProperty("requester").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("assignee").ValueKind);
        var created = ticket.GetProperty("createdAt").GetDateTimeOffset();
        Assert.Equal(created.AddMinutes(60), ticket.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.Equal(created.AddMinutes(240), ticket.GetProperty("resolutionDueAt").GetDateTimeOffset());
        Assert.True(ticket.GetProperty("queuePosition").GetInt32() >= 1);
        var created1 = Assert.Single(ticket.GetProperty("timeline").GetProperty("nodes").EnumerateArray());
        Assert.Equal("CREATED", created1.GetProperty("kind").GetString());
        Assert.Equal(Client, created1.GetProperty("actor").GetProperty("email").GetString());
    }

    [Fact]
    public async Task CreateTicket_AnUnknownCategoryOrAnEmptyTitle_IsInvalidInputAndWritesNothing()
    {
        var before = await TicketCountAsync();

        var category = await CreateErrorAsync("""{ title: "T", description: "D", type: SERVICE_REQUEST, priority: LOW, category: "gardening" }""");
        var title = await CreateErrorAsync("""{ title: "  ", description: "D", type: SERVICE_REQUEST, priority: LOW, category: "general" }""");

        Assert.Equal(("InvalidTicketInputError", "INVALID_TICKET_INPUT", "input.category"), category);
        Assert.Equal(("InvalidTicketInputError", "INVALID_TICKET_INPUT", "input.title"), title);
        Assert.Equal(before, await TicketCountAsync());
    }

    [Fact]
    public async Task CreateTicket_ByStaffForAnotherOrganization_AndByAClientForAForeignOne()
    {
        var staffTicket = await fixture.CreateTicketAsync(Agent, organizationSlug: "globex");
        var node = await fixture.DataAsync(Stranger, "query($id: ID!) { node(id: $id) { ... on Ticket { organization { slug } } } }", new { id = staffTicket });
        Assert.Equal("globex", node.GetProperty("node").GetProperty("organization").GetProperty("slug").GetString());

        var before = await TicketCountAsync();
        var response = await fixture.DataAsync(Client, """
            mutation($org: ID!) {
              createTicket(input: { title: "T", description: "D", type: SERVICE_REQUEST, priority: LOW, category: "general", organizationId: $org }) {
                ticket { id } errors { __typename ... on Error { code path } }
              }
            }
            """, new { org = DeskFixture.Ids.Format("Organization", DemoSeed.IdOf("organization", "globex")) });
        var error = Assert.Single(response.GetProperty("createTicket").GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_TICKET_INPUT", error.GetProperty("code").GetString());
        Assert.Equal(before, await TicketCountAsync());
    }

    [Fact]
    public async Task ChangeTicketStatus_StaffWorkflow_SetsResolvedAt_AndPausesTheSlaWhileWaitingOnTheClient()
    {
        var id = await fixture.CreateTicketAsync(Client);

        var waiting = await StatusAsync(Agent, id, "WAITING_ON_CLIENT");
        Assert.NotEqual(JsonValueKind.Null, waiting.GetProperty("ticket").GetProperty("slaPausedAt").ValueKind);
        var resumed = await StatusAsync(Agent, id, "IN_PROGRESS");
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("ticket").GetProperty("slaPausedAt").ValueKind);
        var resolved = await StatusAsync(Agent, id, "RESOLVED");

        Assert.Equal(JsonValueKind.Null, resolved.GetProperty("errors").ValueKind);
        Assert.Equal("RESOLVED", resolved.GetProperty("ticket").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("ticket").GetProperty("resolvedAt").ValueKind);
        Assert.Equal(3L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_events WHERE ticket_id = '{DeskFixture.TicketId(id)}' AND kind = 'STATUS_CHANGED'"));
    }

    [Fact]
    public async Task ChangeTicketStatus_AClientMayCloseAndReopenButNotResolve()
    {
        var id = await fixture.CreateTicketAsync(Client);

        var resolve = await StatusAsync(Client, id, "RESOLVED");
        Assert.Equal("TICKET_ACTION_NOT_ALLOWED", Assert.Single(resolve.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("NEW", await StatusOfAsync(id));

        Assert.Equal("CLOSED", (await StatusAsync(Client, id, "CLOSED")).GetProperty("ticket").GetProperty("status").GetString());
        var reopened = await StatusAsync(CoMember, id, "OPEN");
        Assert.Equal("OPEN", reopened.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("ticket").GetProperty("closedAt").ValueKind);
    }

    [Fact]
    public async Task ChangeTicketStatus_AnInvalidTransition_IsATypedErrorAndWritesNothing()
    {
        var id = await fixture.CreateTicketAsync(Client);
        await StatusAsync(Agent, id, "RESOLVED");
        await StatusAsync(Agent, id, "CLOSED");
        var events = await EventCountAsync(id);

        var result = await StatusAsync(Agent, id, "IN_PROGRESS");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidTicketTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal("INVALID_TICKET_TRANSITION", error.GetProperty("code").GetString());
        Assert.Equal("A ticket cannot go from CLOSED to IN_PROGRESS.", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("ticket").ValueKind);
        Assert.Equal("CLOSED", await StatusOfAsync(id));
        Assert.Equal(events, await EventCountAsync(id));
    }

    [Fact]
    public async Task AnotherTenantsTicket_IsNotFound_ForEveryMutation_AndNothingIsWritten()
    {
        var id = await fixture.CreateTicketAsync(Client);
        await StatusAsync(Agent, id, "RESOLVED");
        var events = await EventCountAsync(id);

        var status = await StatusAsync(Stranger, id, "CLOSED");
        var reply = await fixture.DataAsync(Stranger, """
            mutation($id: ID!) { addTicketMessage(input: { ticketId: $id, body: "Hi" }) { message { id } errors { __typename ... on Error { code } } } }
            """, new { id });
        var rating = (await fixture.DataAsync(Stranger, Rate, new { id, score = 5 })).GetProperty("rateTicket");
        var node = await fixture.DataAsync(Stranger, "query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("TicketNotFoundError", Assert.Single(status.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());
        Assert.Equal("TICKET_NOT_FOUND", Assert.Single(reply.GetProperty("addTicketMessage").GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("TICKET_NOT_FOUND", Assert.Single(rating.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        Assert.Equal("RESOLVED", await StatusOfAsync(id));
        Assert.Equal(events, await EventCountAsync(id));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_messages WHERE ticket_id = '{DeskFixture.TicketId(id)}'"));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_ratings WHERE ticket_id = '{DeskFixture.TicketId(id)}'"));
    }

    [Fact]
    public async Task RateTicket_OncePerResolution_OnlyWhenResolved_AndOnlyFrom1To5()
    {
        var id = await fixture.CreateTicketAsync(Client);

        Assert.Equal("TICKET_NOT_RATEABLE", await RateErrorAsync(Client, id, 5));
        await StatusAsync(Agent, id, "RESOLVED");
        Assert.Equal("INVALID_TICKET_INPUT", await RateErrorAsync(Client, id, 0));
        Assert.Equal("INVALID_TICKET_INPUT", await RateErrorAsync(Client, id, 6));
        Assert.Equal("TICKET_ACTION_NOT_ALLOWED", await RateErrorAsync(Agent, id, 5));
        Assert.Equal(0L, await RatingCountAsync(id));

        var rated = (await fixture.DataAsync(Client, Rate, new { id, score = 4 })).GetProperty("rateTicket");
        Assert.Equal(JsonValueKind.Null, rated.GetProperty("errors").ValueKind);
        Assert.Equal(4, rated.GetProperty("ticket").GetProperty("rating").GetProperty("score").GetInt32());
        Assert.Equal("TICKET_ALREADY_RATED", await RateErrorAsync(CoMember, id, 2));
        Assert.Equal(1L, await RatingCountAsync(id));

        // A new resolution can be rated again.
        await StatusAsync(Client, id, "OPEN");
        await StatusAsync(Agent, id, "RESOLVED");
        var again = (await fixture.DataAsync(CoMember, Rate, new { id, score = 2 })).GetProperty("rateTicket");
        Assert.Equal(2, again.GetProperty("ticket").GetProperty("rating").GetProperty("resolution").GetInt32());
        Assert.Equal(2L, await RatingCountAsync(id));
    }

    [Fact]
    public async Task AddTicketMessage_FirstPublicStaffReplySetsFirstRespondedAt_AndAClientCannotPostInternally()
    {
        var id = await fixture.CreateTicketAsync(Client);

        var internalByClient = await ReplyAsync(Client, id, "psst", isInternal: true);
        Assert.Equal("TICKET_ACTION_NOT_ALLOWED", Assert.Single(internalByClient.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_messages WHERE ticket_id = '{DeskFixture.TicketId(id)}'"));

        var note = await ReplyAsync(Agent, id, "Checking the logs", isInternal: true);
        Assert.Equal(JsonValueKind.Null, note.GetProperty("ticket").GetProperty("firstRespondedAt").ValueKind);
        var reply = await ReplyAsync(Agent, id, "Fixed, please check", isInternal: false);
        Assert.NotEqual(JsonValueKind.Null, reply.GetProperty("ticket").GetProperty("firstRespondedAt").ValueKind);
        Assert.Equal("Fixed, please check", reply.GetProperty("message").GetProperty("body").GetString());
    }

    [Fact]
    public async Task AddTicketMessage_AnAttachmentOver50Megabytes_IsInvalidInput()
    {
        var id = await fixture.CreateTicketAsync(Client);

        var result = (await fixture.DataAsync(Client, """
            mutation($id: ID!) {
              addTicketMessage(input: { ticketId: $id, body: "log", attachments: [{ fileName: "big.zip", contentType: "application/zip", sizeBytes: 52428801 }] }) {
                message { id } errors { ... on Error { code path } }
              }
            }
            """, new { id })).GetProperty("addTicketMessage");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_TICKET_INPUT", error.GetProperty("code").GetString());
        Assert.Equal("attachments", error.GetProperty("path")[1].GetString());
    }

    [Fact]
    public async Task AClientReplyToATicketWaitingOnThem_ReopensIt()
    {
        var id = await fixture.CreateTicketAsync(Client);
        await StatusAsync(Agent, id, "WAITING_ON_CLIENT");

        var reply = await ReplyAsync(Client, id, "Here is the screenshot", isInternal: false);

        Assert.Equal("OPEN", reply.GetProperty("ticket").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("ticket").GetProperty("slaPausedAt").ValueKind);
    }

    [Fact]
    public async Task AssignTicket_StaffOnly_AndOnlyToStaff()
    {
        var id = await fixture.CreateTicketAsync(Client);
        const string Assign = """
            mutation($id: ID!, $to: ID) { assignTicket(input: { ticketId: $id, assigneeId: $to }) { ticket { assignee { email } } errors { ... on Error { code } } } }
            """;
        string UserId(string email) => DeskFixture.Ids.Format("User", DemoSeed.IdOf("user", email));

        var byClient = (await fixture.DataAsync(Client, Assign, new { id, to = UserId(Agent) })).GetProperty("assignTicket");
        var toClient = (await fixture.DataAsync(Agent, Assign, new { id, to = UserId(Client) })).GetProperty("assignTicket");
        var assigned = (await fixture.DataAsync(Agent, Assign, new { id, to = UserId(Agent) })).GetProperty("assignTicket");

        Assert.Equal("TICKET_ACTION_NOT_ALLOWED", byClient.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("INVALID_TICKET_INPUT", toClient.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(Agent, assigned.GetProperty("ticket").GetProperty("assignee").GetProperty("email").GetString());
        var seenByClient = await fixture.DataAsync(Client, "query($id: ID!) { node(id: $id) { ... on Ticket { assignee { displayName } } } }", new { id });
        Assert.Equal("Alan Agent", seenByClient.GetProperty("node").GetProperty("assignee").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task UpdateTicket_StaffSetPriorityTagsAndCustomFields_WhichFiltersFind_AndClientsMayNot()
    {
        var id = await fixture.CreateTicketAsync(Client, "LOW", title: "Tagged");
        const string Update = """
            mutation($id: ID!, $fields: JSON) {
              updateTicket(input: { ticketId: $id, priority: HIGH, tags: [" DNS", "dns", "Email"], customFields: $fields }) {
                ticket { priority tags customFields createdAt firstResponseDueAt resolutionDueAt timeline { nodes { kind } } } errors { ... on Error { code path } }
              }
            }
            """;

        var byClient = (await fixture.DataAsync(Client, Update, new { id, fields = new { site = "acme.example" } })).GetProperty("updateTicket");
        var notAnObject = (await fixture.DataAsync(Agent, Update, new { id, fields = new[] { 1 } })).GetProperty("updateTicket");
        Assert.Equal("TICKET_ACTION_NOT_ALLOWED", byClient.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("customFields", notAnObject.GetProperty("errors")[0].GetProperty("path")[1].GetString());
        Assert.Equal("LOW", await fixture.ScalarAsync<string>($"SELECT priority FROM tickets WHERE id = '{DeskFixture.TicketId(id)}'"));

        var updated = (await fixture.DataAsync(Agent, Update, new { id, fields = new { site = "acme.example" } })).GetProperty("updateTicket").GetProperty("ticket");
        Assert.Equal("HIGH", updated.GetProperty("priority").GetString());
        Assert.Equal(["dns", "email"], updated.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("acme.example", updated.GetProperty("customFields").GetProperty("site").GetString());

        // The open SLA targets follow the new priority, counted from creation as if it had been filed HIGH.
        var createdAt = updated.GetProperty("createdAt").GetDateTimeOffset();
        var firstResponse = await fixture.ScalarAsync<int>("SELECT first_response_minutes FROM sla_policies WHERE priority = 'HIGH'");
        var resolution = await fixture.ScalarAsync<int>("SELECT resolution_minutes FROM sla_policies WHERE priority = 'HIGH'");
        Assert.NotEqual(firstResponse, await fixture.ScalarAsync<int>("SELECT first_response_minutes FROM sla_policies WHERE priority = 'LOW'"));
        Assert.Equal(createdAt.AddMinutes(firstResponse), updated.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.Equal(createdAt.AddMinutes(resolution), updated.GetProperty("resolutionDueAt").GetDateTimeOffset());
        // Both events of the one mutation share its time, so their order is the ids' (not meaningful).
        Assert.Equal(["CREATED", "EDITED", "PRIORITY_CHANGED"], updated.GetProperty("timeline").GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Order());

        var found = await fixture.DataAsync(Client, """{ tickets(where: { tags: { some: { eq: "dns" } } }) { nodes { title } } }""");
        Assert.Equal("Tagged", Assert.Single(found.GetProperty("tickets").GetProperty("nodes").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Tickets_FilterByOrganizationRequesterAndAssignee_WithTheIdsTheTicketsShow()
    {
        var title = $"Filter {Guid.NewGuid():N}";
        var acme = await fixture.CreateTicketAsync(Client, title: title);
        var globex = await fixture.CreateTicketAsync(Stranger, title: title);
        await fixture.DataAsync(Agent, "mutation($id: ID!, $to: ID) { assignTicket(input: { ticketId: $id, assigneeId: $to }) { errors { __typename } } }",
            new { id = acme, to = DeskFixture.Ids.Format("User", DemoSeed.IdOf("user", Agent)) });
        var shown = (await fixture.DataAsync(Agent, "query($id: ID!) { node(id: $id) { ... on Ticket { organizationId requesterId assigneeId } } }", new { id = acme }))
            .GetProperty("node");
        Assert.Equal(DeskFixture.Ids.Format("Organization", DemoSeed.IdOf("organization", "acme")), shown.GetProperty("organizationId").GetString());
        Assert.Equal(DeskFixture.Ids.Format("User", DemoSeed.IdOf("user", Client)), shown.GetProperty("requesterId").GetString());

        const string Find = """
            query($title: String!, $where: TicketFilterInput!) { tickets(first: 10, where: { and: [{ title: { eq: $title } }, $where] }) { nodes { id } } }
            """;
        async Task<string[]> FindAsync(string email, object where) =>
            [.. (await fixture.DataAsync(email, Find, new { title, where })).GetProperty("tickets").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

        Assert.Equal([acme], await FindAsync(Agent, new { organizationId = new { eq = shown.GetProperty("organizationId").GetString() } }));
        Assert.Equal([acme], await FindAsync(Agent, new { requesterId = new { eq = shown.GetProperty("requesterId").GetString() } }));
        Assert.Equal([acme], await FindAsync(Agent, new { assigneeId = new { eq = shown.GetProperty("assigneeId").GetString() } }));
        Assert.Equal([globex], await FindAsync(Agent, new { assigneeId = new { eq = (string?)null } }));
        Assert.Equal([globex], await FindAsync(Agent, new { id = new { @in = new[] { globex } } }));

        // Another tenant's ID finds nothing for a client; an ID of the wrong type is an error, not an empty page.
        Assert.Empty(await FindAsync(Stranger, new { organizationId = new { eq = shown.GetProperty("organizationId").GetString() } }));
        var wrongType = await fixture.GraphQLAsync(Agent, Find, new { title, where = new { organizationId = new { eq = shown.GetProperty("requesterId").GetString() } } });
        Assert.Equal("VALIDATION_FAILED", wrongType.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task LinkTickets_ShowsEachAsTheOthersRelatedTicket()
    {
        var a = await fixture.CreateTicketAsync(Client, title: "A");
        var b = await fixture.CreateTicketAsync(Client, title: "B");

        var linked = (await fixture.DataAsync(Agent, """
            mutation($a: ID!, $b: ID!) { linkTickets(input: { ticketId: $a, relatedTicketId: $b }) { ticket { relatedTickets { title } } errors { __typename } } }
            """, new { a, b })).GetProperty("linkTickets");

        Assert.Equal("B", Assert.Single(linked.GetProperty("ticket").GetProperty("relatedTickets").EnumerateArray()).GetProperty("title").GetString());
        var fromB = await fixture.DataAsync(Client, "query($id: ID!) { node(id: $id) { ... on Ticket { relatedTickets { title } } } }", new { id = b });
        Assert.Equal("A", Assert.Single(fromB.GetProperty("node").GetProperty("relatedTickets").EnumerateArray()).GetProperty("title").GetString());
    }

    private async Task<JsonElement> StatusAsync(string email, string id, string status)
        => (await fixture.DataAsync(email, ChangeStatus, new { id, status })).GetProperty("changeTicketStatus");

    private async Task<JsonElement> ReplyAsync(string email, string id, string body, bool isInternal)
        => (await fixture.DataAsync(email, """
            mutation($id: ID!, $body: String!, $internal: Boolean!) {
              addTicketMessage(input: { ticketId: $id, body: $body, internal: $internal }) {
                message { body internal } ticket { status firstRespondedAt slaPausedAt } errors { ... on Error { code } }
              }
            }
            """, new { id, body, @internal = isInternal })).GetProperty("addTicketMessage");

    private async Task<string?> RateErrorAsync(string email, string id, int score)
    {
        var result = (await fixture.DataAsync(email, Rate, new { id, score })).GetProperty("rateTicket");
        return result.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : result.GetProperty("errors")[0].GetProperty("code").GetString();
    }

    private async Task<(string Type, string Code, string Path)> CreateErrorAsync(string input)
    {
        var data = await fixture.DataAsync(Client, $$"""
            mutation { createTicket(input: {{input}}) { ticket { id } errors { __typename ... on Error { code path } } } }
            """);
        var error = Assert.Single(data.GetProperty("createTicket").GetProperty("errors").EnumerateArray());
        return (error.GetProperty("__typename").GetString()!, error.GetProperty("code").GetString()!,
            string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.GetString())));
    }

    private Task<long> TicketCountAsync() => fixture.ScalarAsync<long>("SELECT count(*) FROM tickets");

    private Task<long> EventCountAsync(string id) => fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_events WHERE ticket_id = '{DeskFixture.TicketId(id)}'");

    private Task<long> RatingCountAsync(string id) => fixture.ScalarAsync<long>($"SELECT count(*) FROM ticket_ratings WHERE ticket_id = '{DeskFixture.TicketId(id)}'");

    private async Task<string?> StatusOfAsync(string id) => await fixture.ScalarAsync<string>($"SELECT status FROM tickets WHERE id = '{DeskFixture.TicketId(id)}'");
}
