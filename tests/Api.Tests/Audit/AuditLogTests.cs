using System.Text.Json;
using KtPortal.Api.Audit;
using KtPortal.Api.GraphQL;
using KtPortal.Api.Seed;
using KtPortal.Api.Tenancy;
using KtPortal.Api.Tests.OAuth;
using KtPortal.Api.Tests.Tenancy;
using KtPortal.GraphQL.AspNetCore.Authorization;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Tests.Audit;

public sealed class AuditLogTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    [Fact]
    public async Task Token_issuance_revocation_and_failed_client_authentication_are_recorded()
    {
        using var issued = await fixture.PostFormAsync(
            "/oauth/token", [new("grant_type", "client_credentials")], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
        using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("access_token").GetString()!;
        using var revoked = await fixture.PostFormAsync(
            "/oauth/revoke", [new("token", token)], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
        using var failed = await fixture.PostFormAsync(
            "/oauth/token", [new("grant_type", "client_credentials")], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, "wrong-secret"));

        var kinds = await KindsAsync();
        Assert.Contains($"{AuditEventKinds.TokenIssued} {DemoSeed.PartnerClientId}", kinds);
        Assert.Contains($"{AuditEventKinds.TokenRevoked} {DemoSeed.PartnerClientId}", kinds);
        Assert.Contains($"{AuditEventKinds.ClientAuthenticationFailed} ", kinds);
    }

    [Fact]
    public async Task The_application_role_can_append_and_never_change_or_delete_and_the_owner_cannot_either()
    {
        var database = new TenantDatabase(fixture.Database.DataSource, Options.Create(new TenancyOptions()));
        var staff = new Viewer { IsAuthenticated = true, IsStaff = true };
        await RunAsAppAsync(database, staff, "INSERT INTO audit_events (id, occurred_at, kind) VALUES (gen_random_uuid(), now(), 'SIGN_IN')");
        foreach (var sql in (string[])["UPDATE audit_events SET kind = 'X'", "DELETE FROM audit_events"])
        {
            var asApp = await Assert.ThrowsAsync<PostgresException>(() => RunAsAppAsync(database, staff, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, asApp.SqlState);
            await using var command = fixture.Database.DataSource.CreateCommand(sql);
            var asOwner = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, asOwner.SqlState);
        }
    }

    [Fact]
    public async Task Staff_read_the_log_over_GraphQL_and_a_partner_is_not_authorized()
    {
        using var issued = await fixture.PostFormAsync(
            "/oauth/token", [new("grant_type", "client_credentials")], OAuthServerFixture.Basic(DemoSeed.PartnerClientId, DemoSeed.PartnerClientSecret));
        const string query = "{ auditEvents(first: 100) { nodes { kind actorClientId } } }";

        var staff = await RunAsync(query, StaffUser());
        Assert.Contains("\"kind\":\"TOKEN_ISSUED\",\"actorClientId\":\"partner-demo\"", staff, StringComparison.Ordinal);

        var times = JsonDocument.Parse(await RunAsync("{ auditEvents(first: 100) { nodes { occurredAt } } }", StaffUser()))
            .RootElement.GetProperty("data").GetProperty("auditEvents").GetProperty("nodes").EnumerateArray()
            .Select(n => DateTimeOffset.Parse(n.GetProperty("occurredAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(times.Count >= 1);
        Assert.Equal(times.Order(), times);

        var partner = await RunAsync(query, TenantFixture.Principal(DemoSeed.PartnerClientId, DemoSeed.PartnerClientId, DemoSeed.IdOf("organization", "northwind")));
        Assert.Contains("AUTH_NOT_AUTHORIZED", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN_ISSUED", partner, StringComparison.Ordinal);
    }

    private static System.Security.Claims.ClaimsPrincipal StaffUser()
        => TenantFixture.Principal(DemoSeed.IdOf("user", "admin@kre8ivtech.test").ToString("D"), DemoSeed.SpaClientId, null);

    private async Task<string> RunAsync(string query, System.Security.Claims.ClaimsPrincipal user)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var result = await PortalGraphQL.Executor(scope.ServiceProvider).ExecuteAsync(new OperationRequest
        {
            Query = query,
            Services = scope.ServiceProvider,
            ContextData = new Dictionary<string, object?> { [GraphQLContextData.User] = user },
        });
        return Assert.IsType<OperationResult>(result).ToJson();
    }

    private static Task<int> RunAsAppAsync(TenantDatabase database, Viewer viewer, string sql)
        => database.RunAsync(viewer, async (db, ct) =>
        {
            var connection = (NpgsqlConnection)Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteNonQueryAsync(ct);
        }, default);

    private async Task<List<string>> KindsAsync()
    {
        var kinds = new List<string>();
        await using var command = fixture.Database.DataSource.CreateCommand("SELECT kind, coalesce(actor_client_id, '') FROM audit_events");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            kinds.Add(reader.GetString(0) + " " + reader.GetString(1));
        }

        return kinds;
    }
}
