using System.Text.Json;
using KtPortal.Api.Seed;
using Npgsql;

namespace KtPortal.Api.Tests.Plans;

/// <summary>Staff manage the catalogue and client plans; at most one active plan per client, held by the database.</summary>
public sealed class PlanManagementTests(PlansFixture fixture) : IClassFixture<PlansFixture>
{
    [Fact]
    public async Task Staff_create_and_update_a_plan_with_decimal_money()
    {
        var id = await fixture.NewPlanAsync(includedHours: 7.5m, coveredTypes: ["TROUBLESHOOTING", "SERVICE_REQUEST"], coveredCategories: ["Website"]);

        var json = await fixture.StaffAsync($$"""
            mutation { updateMaintenancePlan(input: { id: "{{id}}", supportRate: 99.95, currency: "EUR" }) {
              maintenancePlan { includedHours coveredTicketTypes coveredCategories developmentRate { amount currency } supportRate { amount currency } monthlyFee { amount } billingCycleDay }
              errors { __typename } } }
            """);

        var plan = json.GetProperty("data").GetProperty("updateMaintenancePlan").GetProperty("maintenancePlan");
        Assert.Equal(7.5m, plan.GetProperty("includedHours").GetDecimal());
        Assert.Equal(["SERVICE_REQUEST", "TROUBLESHOOTING"], plan.GetProperty("coveredTicketTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("99.95", plan.GetProperty("supportRate").GetProperty("amount").GetRawText());
        Assert.Equal("EUR", plan.GetProperty("supportRate").GetProperty("currency").GetString());
        Assert.Equal(150m, plan.GetProperty("developmentRate").GetProperty("amount").GetDecimal());
        Assert.Equal(1, plan.GetProperty("billingCycleDay").GetInt32());
    }

    [Theory]
    [InlineData("includedHours: -1", "includedHours")]
    [InlineData("includedHours: 1.001", "includedHours")]
    [InlineData("billingCycleDay: 29", "billingCycleDay")]
    [InlineData("supportRate: 10.005", "supportRate")]
    [InlineData("currency: \"dollars\"", "currency")]
    [InlineData("name: \"\"", "name")]
    public async Task Invalid_plan_input_is_a_typed_error_naming_the_field_and_nothing_changes(string change, string field)
    {
        var id = await fixture.NewPlanAsync(includedHours: 5);

        var json = await fixture.StaffAsync($$"""
            mutation { updateMaintenancePlan(input: { id: "{{id}}", {{change}} }) { maintenancePlan { id } errors { __typename ... on Error { path } } } }
            """);

        var error = Assert.Single(json.GetProperty("data").GetProperty("updateMaintenancePlan").GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidPlanInputError", error.GetProperty("__typename").GetString());
        Assert.Equal(["input", field], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        var plan = await fixture.StaffAsync($$"""{ node(id: "{{id}}") { ... on MaintenancePlan { includedHours billingCycleDay supportRate { amount currency } } } }""");
        Assert.Equal(5m, plan.GetProperty("data").GetProperty("node").GetProperty("includedHours").GetDecimal());
        Assert.Equal(120.5m, plan.GetProperty("data").GetProperty("node").GetProperty("supportRate").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_second_plan_with_the_same_name_is_refused()
    {
        var id = await fixture.NewPlanAsync(includedHours: 5);
        var name = (await fixture.StaffAsync($$"""{ node(id: "{{id}}") { ... on MaintenancePlan { name } } }""")).GetProperty("data").GetProperty("node").GetProperty("name").GetString();

        var json = await fixture.StaffAsync($$"""
            mutation { createMaintenancePlan(input: { name: "{{name}}", includedHours: 1, coveredTicketTypes: [], developmentRate: 1, supportRate: 1, monthlyFee: 1 }) {
              maintenancePlan { id } errors { __typename } } }
            """);

        Assert.Equal("PlanNameTakenError", json.GetProperty("data").GetProperty("createMaintenancePlan").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Ten_parallel_assignments_leave_exactly_one_active_plan()
    {
        var client = await fixture.NewClientAsync();
        var plan = await fixture.NewPlanAsync(includedHours: 5);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fixture.StaffAsync($$"""
            mutation { assignClientPlan(input: { organizationId: "{{fixture.OrganizationId(client)}}", planId: "{{plan}}", startsOn: "2026-12-01", supportRate: 100 }) {
              clientPlan { id supportRate { amount } ratesOverridden } errors { __typename } } }
            """)));

        var payloads = results.Select(r => r.GetProperty("data").GetProperty("assignClientPlan")).ToList();
        var assigned = Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.Equal(100m, assigned.GetProperty("clientPlan").GetProperty("supportRate").GetProperty("amount").GetDecimal());
        Assert.True(assigned.GetProperty("clientPlan").GetProperty("ratesOverridden").GetBoolean());
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null),
            p => Assert.Equal("ClientPlanActiveError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM client_plans WHERE organization_id = $1", client.Id));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_active_plan()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 5));

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.ExecuteSqlAsync(
            """
            INSERT INTO client_plans (id, organization_id, plan_id, starts_on, billing_cycle_day, created_at)
            SELECT gen_random_uuid(), organization_id, plan_id, '2027-01-01', 1, now() FROM client_plans WHERE organization_id = $1
            """,
            client.Id));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("client_plans_one_active_idx", error.ConstraintName);
    }

    [Fact]
    public async Task After_ending_a_plan_a_new_one_may_start_but_not_overlap_it()
    {
        var client = await fixture.NewClientAsync();
        await fixture.AssignAsync(client, await fixture.NewPlanAsync(includedHours: 5), startsOn: "2026-10-01");
        await fixture.StaffAsync($$"""mutation { endClientPlan(input: { organizationId: "{{fixture.OrganizationId(client)}}", lastDay: "2026-11-30" }) { clientPlan { id } } }""");
        var bigger = await fixture.NewPlanAsync(includedHours: 20);

        var overlapping = await fixture.StaffAsync($$"""
            mutation { assignClientPlan(input: { organizationId: "{{fixture.OrganizationId(client)}}", planId: "{{bigger}}", startsOn: "2026-11-30" }) { errors { __typename } } }
            """);
        Assert.Equal("ClientPlanActiveError", overlapping.GetProperty("data").GetProperty("assignClientPlan").GetProperty("errors")[0].GetProperty("__typename").GetString());

        await fixture.AssignAsync(client, bigger, startsOn: "2026-12-01");
        Assert.Equal(20m, (await fixture.UsageAsync(client)).GetProperty("includedHours").GetDecimal());
        Assert.Equal(5m, (await fixture.UsageAsync(client, "2026-11-15")).GetProperty("includedHours").GetDecimal());
    }

    [Fact]
    public async Task Ending_without_an_active_plan_and_assigning_to_a_non_client_are_typed_errors()
    {
        var client = await fixture.NewClientAsync();
        var plan = await fixture.NewPlanAsync(includedHours: 5);

        var end = await fixture.StaffAsync($$"""mutation { endClientPlan(input: { organizationId: "{{fixture.OrganizationId(client)}}" }) { errors { __typename } } }""");
        Assert.Equal("NoActiveClientPlanError", end.GetProperty("data").GetProperty("endClientPlan").GetProperty("errors")[0].GetProperty("__typename").GetString());

        var agency = fixture.Ids.Format("Organization", DemoSeed.IdOf("organization", "kre8ivtech"));
        var assign = await fixture.StaffAsync($$"""mutation { assignClientPlan(input: { organizationId: "{{agency}}", planId: "{{plan}}" }) { errors { __typename } } }""");
        Assert.Equal("ClientOrganizationNotFoundError", assign.GetProperty("data").GetProperty("assignClientPlan").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Clients_may_read_the_catalogue_but_not_change_it()
    {
        var client = await fixture.NewClientAsync();
        var id = await fixture.NewPlanAsync(includedHours: 5);

        var list = await fixture.ExecuteAsync(client.Owner, client.Id, "{ maintenancePlans { id name } }");
        Assert.Contains(list.GetProperty("data").GetProperty("maintenancePlans").EnumerateArray(), p => p.GetProperty("id").GetString() == id);

        var json = await fixture.ExecuteAsync(client.Owner, client.Id, $$"""
            mutation { updateMaintenancePlan(input: { id: "{{id}}", includedHours: 500 }) { maintenancePlan { id } } }
            """);
        Assert.Equal("AUTH_NOT_AUTHORIZED", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var plan = await fixture.StaffAsync($$"""{ node(id: "{{id}}") { ... on MaintenancePlan { includedHours } } }""");
        Assert.Equal(5m, plan.GetProperty("data").GetProperty("node").GetProperty("includedHours").GetDecimal());
    }
}
