using System.Text.Json;
using KtPortal.Api.GraphQL;
using KtPortal.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.Api.Tests.GraphQL;

/// <summary>
/// <c>schema/schema.graphql</c> is the contract with frontends and partners: it must always be exactly what
/// the code prints, so every change to the schema shows up in review as a change to that file.
/// </summary>
public sealed class SchemaContractTests
{
    private static readonly string ContractFile = RepositoryFiles.PathOf("schema", "schema.graphql");

    [Fact]
    public async Task CommittedSchema_EqualsThePrintedSchema()
    {
        await using var services = CreateServices();
        var printed = PortalGraphQL.PrintSchema(services);
        var committed = File.Exists(ContractFile) ? (await File.ReadAllTextAsync(ContractFile)).ReplaceLineEndings("\n") : "";

        Assert.True(
            printed == committed,
            $"schema/schema.graphql differs from the schema the code defines. If the change is intended, run "
            + $"`./portal schema export` and commit the file.\n--- printed ---\n{printed}");
    }

    [Fact]
    public async Task SchemaExport_WritesThePrintedSchema()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ktportal-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            Assert.Equal(0, await SchemaExport.RunAsync(["export", "--output", file]));
            await using var services = CreateServices();
            Assert.Equal(PortalGraphQL.PrintSchema(services), await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SchemaExport_ToAFolderThatDoesNotExist_FailsWithExitCode2()
        => Assert.Equal(2, await SchemaExport.RunAsync(["export", "--output", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "schema.graphql")]));

    [Fact]
    public async Task SchemaExport_RejectsUnknownArguments()
        => Assert.Equal(2, await SchemaExport.RunAsync(["export", "--out", "x"]));

    [Fact]
    public async Task ServiceFields_Execute()
    {
        await using var services = CreateServices();
        var result = await PortalGraphQL.Executor(services).ExecuteAsync(new OperationRequest { Query = "{ apiVersion serverTime }" });

        using var json = JsonDocument.Parse(Assert.IsType<OperationResult>(result).ToJson());
        var data = json.RootElement.GetProperty("data");
        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        Assert.Matches(@"^\d+\.\d+\.\d+", data.GetProperty("apiVersion").GetString());
        Assert.True(DateTimeOffset.TryParse(data.GetProperty("serverTime").GetString(), out _));
    }

    private static ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalGraphQL(includeExceptionDetails: false);
        return services.BuildServiceProvider();
    }
}
