using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using static KtPortal.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace KtPortal.GraphQL.Tests.Execution;

public sealed class SelectionLookAheadTests
{
    private const string Sdl = """
        type Query { pet: Pet box: Box }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean owner: Person }
        type Cat implements Pet { name: String meows: Boolean }
        type Person { name: String }
        type Box { dog: Dog }
        """;

    [Fact]
    public async Task GetSelections_merges_fragments_for_the_type_and_applies_skip_and_include_with_variables()
    {
        string? seen = null;
        var schema = Builder(Sdl)
            .AddResolver("Query", "pet", context =>
            {
                var selections = context.GetSelections(TypeOf(context.Schema, "Dog"));
                var owner = selections.Single(s => s.Field.Name == "owner");
                var nested = context.GetSelections(TypeOf(context.Schema, "Person"), owner.FieldNodes);
                seen = string.Join(',', selections.Select(s => $"{s.ResponseName}:{s.Field.Name}:{s.FieldNodes.Count}"))
                    + "|" + string.Join(',', nested.Select(s => s.ResponseName));
                return ValueTask.FromResult<object?>(null);
            })
            .AddResolver("Query", "box", Value(null))
            .Create();

        await new RequestExecutor(schema).RunAsync(new OperationRequest
        {
            Query = """
                query($skip: Boolean!) {
                  pet {
                    name
                    ... on Cat { meows }
                    ... on Dog { barks owner { name } }
                    ...dogFields
                    alias: name @skip(if: $skip)
                    kept: name @include(if: true)
                    __typename
                  }
                }
                fragment dogFields on Dog { name owner { n: name } }
                """,
            VariableValues = new Dictionary<string, object?> { ["skip"] = true },
        });

        Assert.Equal("name:name:2,barks:barks:1,owner:owner:2,kept:name:1,__typename:__typename:1|name,n", seen);
    }

    [Fact]
    public void GetSelections_needs_a_context_of_the_executor()
    {
        var schema = Builder(Sdl).AddResolver("Query", "box", Value(null)).Create();
        var query = schema.QueryType!;
        var context = new SchemaIntrospection.TestResolverContext(schema, query, query.Fields["box"], null, new Dictionary<string, object?>());

        Assert.Throws<NotSupportedException>(() => context.GetSelections(TypeOf(schema, "Box")));
    }

    private static ObjectType TypeOf(KtPortal.GraphQL.Types.Schema schema, string name)
        => schema.TryGetType(name, out var type) ? (ObjectType)type : throw new InvalidOperationException(name);
}
