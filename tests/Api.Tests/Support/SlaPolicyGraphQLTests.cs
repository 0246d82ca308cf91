using System.Text.Json;

namespace KtPortal.Api.Tests.Support;

/// <summary><c>slaPolicies</c> and <c>updateSlaPolicy</c> over HTTP: who may read and change them, and bad input.</summary>
public sealed class SlaPolicyGraphQLTests(SupportApiFixture fixture) : IClassFixture<SupportApiFixture>
{
    private const string Update = """
        mutation($priority: TicketPriority!, $first: Int!, $resolution: Int!) {
          updateSlaPolicy(input: { priority: $priority, firstResponseMinutes: $first, resolutionMinutes: $resolution }) {
            slaPolicy { priority firstResponseMinutes resolutionMinutes }
            errors { __typename ... on Error { code path message } }
          }
        }
        """;

    [Fact]
    public async Task Staff_read_every_policy_most_urgent_first()
    {
        var response = await fixture.PostAsync("{ slaPolicies { priority firstResponseMinutes resolutionMinutes updatedAt } }", await fixture.TokenAsync("agent@kre8ivtech.test"));

        var policies = response.GetProperty("data").GetProperty("slaPolicies").EnumerateArray().ToList();
        Assert.Equal(["URGENT", "HIGH", "MEDIUM", "LOW"], policies.Select(p => p.GetProperty("priority").GetString()));
        Assert.All(policies, p => Assert.True(p.GetProperty("resolutionMinutes").GetInt32() >= p.GetProperty("firstResponseMinutes").GetInt32()));
    }

    [Fact]
    public async Task A_client_cannot_read_policies()
    {
        var response = await fixture.PostAsync("{ slaPolicies { priority } }", await fixture.TokenAsync("owner@acme.test"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(response));
    }

    [Fact]
    public async Task An_agency_admin_changes_a_policy()
    {
        var response = await fixture.PostAsync(Update, await fixture.TokenAsync("admin@kre8ivtech.test"), new { priority = "LOW", first = 600, resolution = 6000 });

        var payload = response.GetProperty("data").GetProperty("updateSlaPolicy");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(600, payload.GetProperty("slaPolicy").GetProperty("firstResponseMinutes").GetInt32());
        Assert.Equal((600, 6000), await StoredAsync("LOW"));
    }

    [Theory]
    [InlineData("agent@kre8ivtech.test")]
    [InlineData("owner@acme.test")]
    public async Task Anyone_but_an_agency_admin_is_not_authorized_and_changes_nothing(string email)
    {
        var before = await StoredAsync("URGENT");

        var response = await fixture.PostAsync(Update, await fixture.TokenAsync(email), new { priority = "URGENT", first = 1, resolution = 2 });

        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(response));
        Assert.Equal(before, await StoredAsync("URGENT"));
    }

    [Theory]
    [InlineData(0, 60, "firstResponseMinutes")]
    [InlineData(-30, 60, "firstResponseMinutes")]
    [InlineData(60, 0, "resolutionMinutes")]
    [InlineData(60, 525_601, "resolutionMinutes")]
    [InlineData(120, 60, "resolutionMinutes")]
    public async Task Bad_targets_are_InvalidSlaTargetError_naming_the_field_and_change_nothing(int first, int resolution, string field)
    {
        var before = await StoredAsync("MEDIUM");

        var response = await fixture.PostAsync(Update, await fixture.TokenAsync("admin@kre8ivtech.test"), new { priority = "MEDIUM", first, resolution });

        var payload = response.GetProperty("data").GetProperty("updateSlaPolicy");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("slaPolicy").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidSlaTargetError", error.GetProperty("__typename").GetString());
        Assert.Equal("INVALID_SLA_TARGET", error.GetProperty("code").GetString());
        Assert.Equal(["input", field], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(before, await StoredAsync("MEDIUM"));
    }

    [Fact]
    public async Task Two_bad_targets_give_two_errors()
    {
        var response = await fixture.PostAsync(Update, await fixture.TokenAsync("admin@kre8ivtech.test"), new { priority = "HIGH", first = 0, resolution = -1 });

        var errors = response.GetProperty("data").GetProperty("updateSlaPolicy").GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["firstResponseMinutes", "resolutionMinutes"], errors.Select(e => e.GetProperty("path")[1].GetString()));
    }

    [Fact]
    public async Task An_unknown_priority_is_refused_before_the_resolver_runs()
    {
        var response = await fixture.PostAsync(Update, await fixture.TokenAsync("admin@kre8ivtech.test"), new { priority = "CRITICAL", first = 10, resolution = 20 });

        Assert.False(response.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Equal("VARIABLE_INVALID", Code(response));
    }

    private static string? Code(JsonElement response)
        => response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<(int, int)> StoredAsync(string priority)
    {
        await using var command = fixture.DataSource.CreateCommand("SELECT first_response_minutes, resolution_minutes FROM sla_policies WHERE priority = $1");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = priority });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
