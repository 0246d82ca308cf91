using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using KtPortal.Api.OAuth;
using KtPortal.Api.Seed;
using KtPortal.Api.Support.Sla;
using KtPortal.Domain.Persistence.Migrations;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.Support;

/// <summary>
/// The API in memory (Development, so tests mint tokens as <c>./portal token</c> does) on a migrated database of its
/// own with the demo organizations and users, and no tickets: each test files the tickets it needs.
/// </summary>
public sealed class DeskFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    public static NodeIdSerializer Ids { get; } = new();

    public PostgresDatabase Database { get; } = new();

    public PortalFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await new DatabaseMigrator(Database.DataSource).MigrateAsync();
        await new DemoSeed(Database.DataSource).ApplyAsync();
        // The SLA breach scan is not under test here (SupportApiFixture's tests run it on purpose): left on, it could
        // flag seeded tickets while a test reads them.
        Factory = new PortalFactory(Database.ConnectionString, environment: "Development", configureServices: services =>
            services.Configure<SlaOptions>(o => o.BreachScanEnabled = false));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>An access token of a demo user.</summary>
    public Task<string> TokenAsync(string email) => _tokens.GetOrAdd(email, e => IssueTokenAsync(Factory, e));

    /// <summary>Posts a GraphQL request as <paramref name="email"/> and returns the response.</summary>
    public async Task<JsonElement> GraphQLAsync(string email, string query, object? variables = null)
        => await PostAsync(Factory, await TokenAsync(email), query, variables);

    /// <summary>An access token of a demo user from <paramref name="node"/> (a Development host), as <c>./portal token</c> mints it.</summary>
    public static async Task<string> IssueTokenAsync(PortalFactory node, string email)
    {
        var (exitCode, token) = await DevTokenCommand.IssueAsync(node.Services, email, "api:read api:write", CancellationToken.None);
        Assert.Equal(0, exitCode);
        return token;
    }

    /// <summary>Posts a GraphQL request to <paramref name="node"/> with <paramref name="token"/> and returns the response.</summary>
    public static async Task<JsonElement> PostAsync(PortalFactory node, string token, string query, object? variables = null)
    {
        using var client = node.CreateClient(new() { BaseAddress = new Uri(KtPortal.Api.Hosting.PortalApplication.DefaultUrl) });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The mutation that files a troubleshooting ticket; variables <c>title</c>, <c>priority</c>.</summary>
    public const string CreateTicketMutation = """
        mutation($title: String!, $priority: TicketPriority!) {
          createTicket(input: { title: $title, description: "D", type: TROUBLESHOOTING, priority: $priority, category: "technical" }) {
            ticket { id number } errors { __typename }
          }
        }
        """;

    /// <summary>The <c>data</c> of a request that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string email, string query, object? variables = null)
    {
        var response = await GraphQLAsync(email, query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>Files a ticket as <paramref name="email"/> and returns its global ID.</summary>
    public async Task<string> CreateTicketAsync(string email, string priority = "MEDIUM", string? organizationSlug = null, string title = "Printer jams")
    {
        var data = await DataAsync(email, """
            mutation($input: CreateTicketInput!) {
              createTicket(input: $input) { ticket { id } errors { __typename ... on Error { code message } } }
            }
            """, new
        {
            input = new
            {
                title,
                description = "It jams on every page.",
                type = "TROUBLESHOOTING",
                priority,
                category = "technical",
                organizationId = organizationSlug is null ? null : Ids.Format("Organization", DemoSeed.IdOf("organization", organizationSlug)),
            },
        });
        var payload = data.GetProperty("createTicket");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("ticket").GetProperty("id").GetString()!;
    }

    /// <summary>Runs a scalar query on the owner's connection (what the database really holds).</summary>
    public Task<T?> ScalarAsync<T>(string sql) => Database.ScalarAsync<T>(sql);

    /// <summary>The database id behind a ticket's global ID.</summary>
    public static Guid TicketId(string globalId)
    {
        Assert.True(Ids.TryParse(globalId, out var id));
        Assert.True(id.TryGetKey<Guid>(out var key));
        return key;
    }
}
