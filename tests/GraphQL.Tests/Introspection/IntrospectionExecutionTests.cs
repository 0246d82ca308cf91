using System.Text.Json.Nodes;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using KtPortal.Testing;

namespace KtPortal.GraphQL.Tests.SchemaIntrospection;

// The same snapshots as IntrospectionResolverTests, run through the real executor.
public sealed class IntrospectionExecutionTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString(Snapshot("introspection-schema.graphql"))
        .Create();

    [Fact]
    public async Task FullIntrospectionQuery_MatchesGraphQLJs()
        => AssertJson(Snapshot("introspection-result.json"), await Execute(Snapshot("introspection-query.graphql")));

    [Fact]
    public async Task FieldsOutsideTheStandardQuery_MatchGraphQLJs()
        => AssertJson(Snapshot("introspection-extras.json"), await Execute(Snapshot("introspection-extras.graphql")));

    [Fact]
    public async Task RepeatedIntrospection_GivesTheSameResult()
    {
        var first = await Execute(Snapshot("introspection-query.graphql"));
        var second = await Execute(Snapshot("introspection-query.graphql"));

        Assert.Equal(first, second);
    }

    private static async Task<string> Execute(string query)
    {
        var executor = new RequestExecutor(Schema);
        await using var result = await executor.ExecuteAsync(new OperationRequest { Query = query });
        return Assert.IsType<OperationResult>(result).ToJson();
    }

    private static void AssertJson(string expected, string actual)
        => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"Expected:\n{expected}\nActual:\n{JsonNode.Parse(actual)}");

    private static string Snapshot(string name) => RepositoryFiles.ReadText("tests", "GraphQL.Tests", "Introspection", "__snapshots__", name);
}
