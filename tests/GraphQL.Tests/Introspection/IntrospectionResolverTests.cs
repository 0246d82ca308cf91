using KtPortal.GraphQL.Types;
using Meta = KtPortal.GraphQL.Types.Introspection;
using KtPortal.Testing;

namespace KtPortal.GraphQL.Tests.SchemaIntrospection;

// The expected results are graphql-js 16 graphqlSync on the same schema and query (__snapshots__).
public sealed class IntrospectionResolverTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString(Snapshot("introspection-schema.graphql"))
        .Create();

    [Fact]
    public void FullIntrospectionQuery_MatchesGraphQLJs()
        => Assert.Equal(Snapshot("introspection-result.json"), MiniExecutor.Execute(Schema, Snapshot("introspection-query.graphql")));

    [Fact]
    public void FieldsOutsideTheStandardQuery_MatchGraphQLJs()
        => Assert.Equal(Snapshot("introspection-extras.json"), MiniExecutor.Execute(Schema, Snapshot("introspection-extras.graphql")));

    [Fact]
    public void EveryIntrospectionField_HasAResolver()
    {
        foreach (var type in Meta.Types.OfType<ObjectType>())
        {
            Assert.All(type.Fields, field => Assert.NotNull(field.Resolver));
        }

        Assert.NotNull(Meta.SchemaField.Resolver);
        Assert.NotNull(Meta.TypeField.Resolver);
        Assert.NotNull(Meta.TypeNameField.Resolver);
    }

    [Fact]
    public void Lists_AreTheTypeModelsOwnCollectionsWhenNothingIsFilteredOut()
    {
        var team = Schema.GetType<ObjectType>("Team");
        var fields = Meta.TypeType.Fields["fields"];

        var all = TestResolverContext.Resolve(Schema, Meta.TypeType, fields, team, IncludeDeprecated(true));
        var active = TestResolverContext.Resolve(Schema, Meta.TypeType, fields, team, IncludeDeprecated(false));

        Assert.Same(team.Fields, all);
        Assert.Same(team.Fields, active);
    }

    [Fact]
    public void FilteredLists_AreCachedPerType()
    {
        var user = Schema.GetType<ObjectType>("User");
        var fields = Meta.TypeType.Fields["fields"];

        var first = TestResolverContext.Resolve(Schema, Meta.TypeType, fields, user, IncludeDeprecated(false));
        var second = TestResolverContext.Resolve(Schema, Meta.TypeType, fields, user, IncludeDeprecated(false));

        Assert.Same(first, second);
        Assert.DoesNotContain(Assert.IsAssignableFrom<IReadOnlyList<OutputField>>(first), f => f.Name == "nickname");
    }

    [Fact]
    public void PossibleTypes_ComeFromTheContextsSchema()
    {
        var other = SchemaBuilder.New()
            .AddDocumentFromString("interface Node { id: ID } type A implements Node { id: ID } type Query { node: Node }")
            .Create();
        var node = other.GetType<InterfaceType>("Node");

        var possible = TestResolverContext.Resolve(other, Meta.TypeType, Meta.TypeType.Fields["possibleTypes"], node);

        Assert.Equal(["A"], Assert.IsAssignableFrom<IEnumerable<ObjectType>>(possible).Select(t => t.Name));
    }

    [Fact]
    public void Kind_ReturnsTheTypeKindEnumsRuntimeValue()
    {
        var kind = TestResolverContext.Resolve(Schema, Meta.TypeType, Meta.TypeType.Fields["kind"], new ListType(SpecifiedScalars.Int));

        Assert.True(Meta.TypeKindType.TryGetValueByRuntimeValue(kind!, out var value));
        Assert.Equal("LIST", value.Name);
    }

    [Fact]
    public void TypeMetaField_UnknownName_ReturnsNull()
        => Assert.Null(TestResolverContext.Resolve(
            Schema,
            Schema.QueryType!,
            Meta.TypeField,
            null,
            new Dictionary<string, object?> { ["name"] = "Nope" }));

    private static Dictionary<string, object?> IncludeDeprecated(bool value) => new() { ["includeDeprecated"] = value };

    private static string Snapshot(string name) => RepositoryFiles.ReadText("tests", "GraphQL.Tests", "Introspection", "__snapshots__", name);
}
