using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KtPortal.Api.Hosting;
using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.Api.Tests.GraphQL;

public sealed class TrustedDocumentsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task A_document_registered_in_the_database_runs_by_its_id()
    {
        const string document = "query RegisteredVersion { apiVersion }";
        var id = DocumentIds.Compute(document);
        await using var factory = await StartAsync();
        await InsertAsync(id, document);
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { documentId = id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("data").GetProperty("apiVersion").ValueKind);
    }

    [Fact]
    public async Task The_shipped_documents_are_still_served_first()
    {
        var file = Directory.GetFiles(RepositoryFiles.PathOf("schema", "persisted"), "*.graphql").First();
        var id = DocumentIds.Sha256Prefix + Path.GetFileNameWithoutExtension(file);
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { documentId = id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_whose_text_does_not_hash_to_its_id_is_refused_and_not_run()
    {
        var id = DocumentIds.Compute("query Honest { apiVersion }");
        await using var factory = await StartAsync();
        await InsertAsync(id, "query Swapped { serverTime }");
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { documentId = id });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("failed its integrity check", text, StringComparison.Ordinal);
        Assert.Contains(PersistedOperationErrorCodes.PersistedOperationInvalid, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("serverTime", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_in_neither_storage_is_not_found()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(
            new Uri("/graphql", UriKind.Relative), new { documentId = DocumentIds.Compute("query Nowhere { apiVersion }") });

        Assert.Contains(PersistedOperationErrorCodes.PersistedOperationNotFound, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<PortalFactory> StartAsync()
    {
        var factory = new PortalFactory(database.ConnectionString, migrate: true);
        await PortalApplication.PrepareDatabaseAsync(factory.Services, CancellationToken.None);
        return factory;
    }

    private async Task InsertAsync(string id, string document)
    {
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO trusted_documents (id, document) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET document = excluded.document");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id });
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = document });
        await command.ExecuteNonQueryAsync();
    }
}
