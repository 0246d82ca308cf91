using System.Globalization;
using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KtPortal.Api.Tests.Plans;

/// <summary>
/// The API in memory on a migrated, seeded database, with a fake clock at <see cref="Now"/>. Each test makes its own
/// client organization (<see cref="NewClientAsync"/>), plan and tickets, so no test depends on another's data.
/// Operations run through the API's executor as the given user, with the host's authorization and tenancy.
/// </summary>
public sealed class PlansFixture : IAsyncLifetime
{
    /// <summary>The fake clock's time: 6 December 2026, noon UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    public const string Staff = "agent@kre8ivtech.test";

    public const string Billing = "billing@kre8ivtech.test";

    private int _clients;

    public PostgresDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now);

    public PortalFactory Factory { get; private set; } = null!;

    public NodeIdSerializer Ids { get; } = new();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        await new DemoSeed(Database.DataSource).ApplyAsync();
        // The SLA breach scan is not under test here, and its tickets are filed thirty days back: left on, its first run
        // (at host start, racing the first test) or a tick of the fake clock would flag them and write timeline events
        // and notifications into the tests that check that nothing was written.
        Factory = new PortalFactory(Database.ConnectionString, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<SlaOptions>(o => o.BreachScanEnabled = false);
        });
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Runs an operation as the user with <paramref name="email"/>, acting for <paramref name="organizationId"/>.</summary>
    public async Task<JsonElement> ExecuteAsync(string email, Guid organizationId, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var user = TenantFixture.Principal(DemoSeed.IdOf("user", email).ToString("D"), DemoSeed.SpaClientId, organizationId);
        var result = await PortalGraphQL.Executor(scope.ServiceProvider).ExecuteAsync(new OperationRequest
        {
            Query = query,
            VariableValues = variables,
            Services = scope.ServiceProvider,
            ContextData = new Dictionary<string, object?> { [GraphQLContextData.User] = user },
        });
        using var json = JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson());
        return json.RootElement.Clone();
    }

    /// <summary>Runs an operation as staff (<see cref="Staff"/>, acting for the agency).</summary>
    public Task<JsonElement> StaffAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
        => ExecuteAsync(Staff, DemoSeed.IdOf("organization", "kre8ivtech"), query, variables);

    /// <summary>A new client organization with an owner, an admin and a member (emails <c>owner@{slug}.test</c> and so on).</summary>
    public async Task<TestClient> NewClientAsync()
    {
        var slug = $"client-{Interlocked.Increment(ref _clients)}-{Guid.NewGuid().ToString("N")[..6]}";
        var client = new TestClient(DemoSeed.IdOf("organization", slug), slug);
        await ExecuteSqlAsync("INSERT INTO organizations (id, name, slug, kind) VALUES ($1, $2, $2, 'CLIENT')", client.Id, slug);
        foreach (var (email, role) in new[] { (client.Owner, "OWNER"), (client.Admin, "ADMIN"), (client.Member, "MEMBER") })
        {
            var userId = DemoSeed.IdOf("user", email);
            await ExecuteSqlAsync(
                """
                INSERT INTO users (id, email, display_name, user_name, normalized_user_name, normalized_email, email_confirmed, security_stamp, concurrency_stamp)
                VALUES ($1, $2, $2, $2, upper($2), upper($2), true, 'stamp', 'stamp')
                """,
                userId,
                email);
            await ExecuteSqlAsync("INSERT INTO memberships (id, user_id, organization_id, role) VALUES (gen_random_uuid(), $1, $2, $3)", userId, client.Id, role);
        }

        return client;
    }

    /// <summary>A ticket of <paramref name="client"/>, filed by its owner thirty days ago.</summary>
    public async Task<Guid> NewTicketAsync(TestClient client, string type = "TROUBLESHOOTING", string category = "Website", string status = "OPEN")
    {
        var id = Guid.NewGuid();
        await ExecuteSqlAsync(
            """
            INSERT INTO tickets (id, organization_id, title, description, type, category, priority, status, source, requester_id,
                                 created_at, updated_at, first_response_due_at, resolution_due_at)
            VALUES ($1, $2, 'A ticket', 'Something to do', $3, $4, 'MEDIUM', $5, 'PORTAL', $6, $7, $7, $7, $7)
            """,
            id,
            client.Id,
            type,
            category,
            status,
            DemoSeed.IdOf("user", client.Owner),
            Now.AddDays(-30));
        return id;
    }

    /// <summary>A new catalogue plan (through the API, as staff) with a unique name; returns its global ID.</summary>
    public async Task<string> NewPlanAsync(decimal includedHours, string[]? coveredTypes = null, string[]? coveredCategories = null, int cycleDay = 1)
    {
        var name = "Plan " + Guid.NewGuid().ToString("N")[..8];
        var json = await StaffAsync($$"""
            mutation {
              createMaintenancePlan(input: { name: "{{name}}", includedHours: {{includedHours.ToString(CultureInfo.InvariantCulture)}},
                coveredTicketTypes: [{{string.Join(", ", coveredTypes ?? ["TROUBLESHOOTING"])}}],
                coveredCategories: {{JsonSerializer.Serialize(coveredCategories ?? [])}}, developmentRate: 150, supportRate: 120.50, monthlyFee: 900, billingCycleDay: {{cycleDay}} }) {
                maintenancePlan { id } errors { __typename }
              }
            }
            """);
        var payload = json.GetProperty("data").GetProperty("createMaintenancePlan");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("maintenancePlan").GetProperty("id").GetString()!;
    }

    /// <summary>Puts <paramref name="client"/> on the plan from <paramref name="startsOn"/> (as staff).</summary>
    public async Task AssignAsync(TestClient client, string planId, string startsOn = "2026-10-01")
    {
        var json = await StaffAsync($$"""
            mutation {
              assignClientPlan(input: { organizationId: "{{OrganizationId(client)}}", planId: "{{planId}}", startsOn: "{{startsOn}}" }) {
                clientPlan { id } errors { __typename }
              }
            }
            """);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("assignClientPlan").GetProperty("errors").ValueKind);
    }

    /// <summary>Logs time as staff; returns the whole response.</summary>
    public Task<JsonElement> LogTimeAsync(Guid ticketId, int minutes, string workDate = "2026-12-01", bool billable = true, string? rateType = null, string description = "Worked on it")
        => StaffAsync(
            $$"""
            mutation($ticketId: ID!, $minutes: Int!, $workDate: Date!, $billable: Boolean!, $description: String!) {
              logTime(input: { ticketId: $ticketId, minutes: $minutes, workDate: $workDate, description: $description, billable: $billable{{(rateType is null ? "" : ", rateType: " + rateType)}} }) {
                timeEntry { id minutes workDate billable rateType }
                planUsage { usedMinutes overageMinutes }
                errors { __typename ... on Error { code path } }
              }
            }
            """,
            new Dictionary<string, object?>
            {
                ["ticketId"] = TicketId(ticketId),
                ["minutes"] = minutes,
                ["workDate"] = workDate,
                ["billable"] = billable,
                ["description"] = description,
            });

    /// <summary>The plan usage of the period containing <paramref name="date"/>, read by staff.</summary>
    public async Task<JsonElement> UsageAsync(TestClient client, string date = "2026-12-06")
    {
        var json = await StaffAsync($$"""
            { planUsage(organizationId: "{{OrganizationId(client)}}", date: "{{date}}") {
                periodStart periodEnd includedMinutes usedMinutes remainingMinutes overageMinutes overageDevelopmentMinutes overageSupportMinutes
                includedHours usedHours remainingHours overageHours percentUsed plan { name } } }
            """);
        return json.GetProperty("data").GetProperty("planUsage");
    }

    public string OrganizationId(TestClient client) => Ids.Format("Organization", client.Id);

    public string TicketId(Guid id) => Ids.Format("Ticket", id);

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteSqlAsync(string sql, params object[] parameters)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A ticket with <paramref name="minutes"/> of time logged, then put into <paramref name="status"/>: history for estimates.</summary>
    public async Task ClosedTicketAsync(TestClient client, string type, string category, int minutes, string status = "CLOSED", bool billable = true)
    {
        var ticket = await NewTicketAsync(client, type, category, status: "OPEN");
        await LogTimeAsync(ticket, Math.Min(minutes, 1440), billable: billable);
        await ExecuteSqlAsync("UPDATE tickets SET status = $2 WHERE id = $1", ticket, status);
    }

    /// <summary>A ticket's estimate as staff read it.</summary>
    public async Task<JsonElement> EstimateAsync(Guid ticket)
        => (await StaffAsync($$"""{ node(id: "{{TicketId(ticket)}}") { ... on Ticket { estimate { minutes source sampleSize explanation } } } }"""))
            .GetProperty("data").GetProperty("node").GetProperty("estimate");

    /// <summary>Staff set a ticket's estimate (a GraphQL literal: minutes or <c>null</c>); the payload.</summary>
    public async Task<JsonElement> SetEstimateAsync(Guid ticket, string minutes)
        => (await StaffAsync($$"""
            mutation { setTicketEstimate(input: { ticketId: "{{TicketId(ticket)}}", estimatedMinutes: {{minutes}} }) {
              estimate { minutes source } errors { __typename } } }
            """)).GetProperty("data").GetProperty("setTicketEstimate");
}
