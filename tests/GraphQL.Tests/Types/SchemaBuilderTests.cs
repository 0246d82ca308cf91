using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Fact]
    public void Create_DefaultRootNames_AreUsedWithoutSchemaDefinition()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
            .Create();

        Assert.Equal("Query", schema.QueryType?.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
        Assert.Same(schema.QueryType, schema.GetRootType(OperationType.Query));
    }

    [Fact]
    public void Create_SchemaDefinition_NamesTheRootTypes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                "The API"
                schema { query: Root }
                type Root { a: Int }
                type Mutation { b: Int }
                """)
            .Create();

        Assert.Equal("Root", schema.QueryType?.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("The API", schema.Description);
        Assert.NotNull(schema.SyntaxNode);
    }

    [Fact]
    public void Create_SchemaExtension_AddsRootTypes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("schema { query: Q } type Q { a: Int } type M { b: Int } extend schema { mutation: M }")
            .Create();

        Assert.Equal("M", schema.MutationType?.Name);
        Assert.Single(schema.ExtensionSyntaxNodes);
    }

    [Fact]
    public void Create_TypeMap_IsInGraphQLJsOrder()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { pet: Pet count: Int }
                interface Pet { name: String }
                type Dog implements Pet { name: String owner: Person }
                input Filter { ids: [ID!] }
                type Person { find(filter: Filter): Float }
                """)
            .Create();

        Assert.Equal(
            [
                "Query", "Int", "Pet", "String", "Dog", "Filter", "ID", "Person", "Float", "Boolean",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
                "__DirectiveLocation",
            ],
            schema.Types.Keys);
    }

    [Fact]
    public void Create_UnreferencedBuiltInScalars_AreLeftOut()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: String }").Create();

        Assert.False(schema.TryGetType("Int", out _));
        Assert.True(schema.TryGetType("Boolean", out _));
        Assert.Same(SpecifiedScalars.String, schema.GetType<ScalarType>("String"));
    }

    [Fact]
    public void Create_Members_KeepDescriptionsDeprecationsAndNodes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                "A query"
                type Query {
                  "The old field"
                  old(arg: Int = 5 @deprecated(reason: "no")): String @deprecated
                  new: Color @deprecated(reason: "Use other")
                }
                enum Color { RED @deprecated(reason: "Too red") GREEN }
                scalar Url @specifiedBy(url: "https://example.com")
                input In @oneOf { a: Int b: String @deprecated }
                """)
            .Create();

        var query = schema.GetType<ObjectType>("Query");
        Assert.Equal("A query", query.Description);
        Assert.NotNull(query.SyntaxNode);
        var old = query.Fields["old"];
        Assert.Equal("The old field", old.Description);
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, old.DeprecationReason);
        Assert.Equal("Query.old", old.Coordinate);
        var argument = old.Arguments["arg"];
        Assert.Equal("no", argument.DeprecationReason);
        Assert.Equal("5", Assert.IsType<IntValueNode>(argument.DefaultValue).Value);
        Assert.False(argument.IsRequired);
        Assert.Equal("Use other", query.Fields["new"].DeprecationReason);
        Assert.Equal("Too red", schema.GetType<EnumType>("Color").Values["RED"].DeprecationReason);
        Assert.False(schema.GetType<EnumType>("Color").Values["GREEN"].IsDeprecated);
        Assert.Equal("https://example.com", schema.GetType<ScalarType>("Url").SpecifiedByUrl);
        var input = schema.GetType<InputObjectType>("In");
        Assert.True(input.IsOneOf);
        Assert.True(input.Fields["b"].IsDeprecated);
        Assert.Same(input, input.Fields["a"].DeclaringType);
    }

    [Fact]
    public void Create_Extensions_AreMergedIntoTheirTypes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { a: Int }
                interface Node { id: ID! }
                extend type Query implements Node { id: ID! b: String }
                enum E { A }
                extend enum E { B }
                input I { x: Int }
                extend input I { y: Int }
                union U = Query
                type Other { z: Int }
                extend union U = Other
                scalar S
                extend scalar S @specifiedBy(url: "ignored")
                """)
            .Create();

        var query = schema.GetType<ObjectType>("Query");
        Assert.Equal(["a", "id", "b"], query.Fields.Select(f => f.Name));
        Assert.Equal("Node", Assert.Single(query.Interfaces).Name);
        Assert.Single(query.ExtensionSyntaxNodes);
        Assert.Equal(["A", "B"], schema.GetType<EnumType>("E").Values.Select(v => v.Name));
        Assert.Equal(["x", "y"], schema.GetType<InputObjectType>("I").Fields.Select(f => f.Name));
        Assert.Equal(["Query", "Other"], schema.GetType<UnionType>("U").Types.Select(t => t.Name));
        Assert.Null(schema.GetType<ScalarType>("S").SpecifiedByUrl);
    }

    [Fact]
    public void Create_SeveralDocuments_AreOneSchema()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { a: A }")
            .AddDocument(Utf8GraphQLParser.Parse("type A { b: Int } extend type Query { c: Int }"))
            .Create();

        Assert.Equal(["a", "c"], schema.QueryType!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Create_Directives_AddSpecifiedOnesAfterDefinedOnes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { a: Int }
                "Caches"
                directive @cache(ttl: Int! = 60) repeatable on FIELD_DEFINITION | OBJECT
                directive @skip(if: Boolean!) on FIELD
                """)
            .Create();

        Assert.Equal(["cache", "skip", "include", "deprecated", "specifiedBy", "oneOf"], schema.DirectiveList.Select(d => d.Name));
        Assert.True(schema.TryGetDirective("cache", out var cache));
        Assert.Equal("Caches", cache.Description);
        Assert.True(cache.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cache.Locations);
        Assert.True(cache.HasLocation(DirectiveLocation.Object));
        Assert.False(cache.HasLocation(DirectiveLocation.Field));
        Assert.Equal("Int!", cache.Arguments["ttl"].Type.ToString());
        Assert.NotSame(SpecifiedDirectives.Skip, schema.Directives["skip"]);
    }

    [Fact]
    public void Create_InterfacesImplementingInterfaces_AreSubTypes()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { node: Node }
                interface Node { id: ID! }
                interface Resource implements Node { id: ID! url: String }
                type Image implements Resource & Node { id: ID! url: String }
                union Media = Image
                """)
            .Create();

        var node = schema.GetType<InterfaceType>("Node");
        var resource = schema.GetType<InterfaceType>("Resource");
        var image = schema.GetType<ObjectType>("Image");
        Assert.Equal([image], schema.GetPossibleTypes(node));
        Assert.Equal([resource], schema.GetImplementingInterfaces(node));
        Assert.True(schema.IsSubType(node, resource));
        Assert.True(schema.IsSubType(node, image));
        Assert.True(schema.IsPossibleType(schema.GetType<UnionType>("Media"), image));
        Assert.False(schema.IsSubType(resource, node));
    }

    [Fact]
    public void Create_UnknownType_ThrowsTheSdlValidationError()
    {
        var exception = Assert.Throws<SchemaException>(
            () => SchemaBuilder.New().AddDocumentFromString("type Query { a: Missing }").Create());

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Unknown type \"Missing\".", error.Message);
        Assert.Equal(new ErrorLocation(1, 17), Assert.Single(error.Locations));
    }

    [Fact]
    public void Create_RootTypeThatIsNotAnObject_ThrowsTheSchemaValidationError()
    {
        var exception = Assert.Throws<SchemaException>(
            () => SchemaBuilder.New().AddDocumentFromString("schema { query: Q } input Q { a: Int } type T { a: Int }").Create());

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Query root type must be Object type, it cannot be Q.", error.Message);
        Assert.Equal(new ErrorLocation(1, 17), Assert.Single(error.Locations));
    }

    [Fact]
    public void Create_DefaultsThatDoNotCoerce_AreDropped()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                type Query { f(a: Int! = null, b: Int = "x", c: [Int] = 1): Int }
                input In { x: Int! = null y: Int = 1 }
                """)
            .Create();

        var arguments = schema.QueryType!.Fields["f"].Arguments;
        Assert.Null(arguments["a"].DefaultValue);
        Assert.True(arguments["a"].IsRequired);
        Assert.NotNull(arguments["a"].SyntaxNode?.DefaultValue);
        Assert.Null(arguments["b"].DefaultValue);
        Assert.False(arguments["b"].IsRequired);
        Assert.NotNull(arguments["c"].DefaultValue);
        var input = schema.GetType<InputObjectType>("In");
        Assert.True(input.Fields["x"].IsRequired);
        Assert.NotNull(input.Fields["y"].DefaultValue);
    }

    [Fact]
    public void Create_RedefinedBuiltInScalar_KeepsTheBuiltIn()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("scalar String type Query { a: String }").Create();

        Assert.Same(SpecifiedScalars.String, schema.Types["String"]);
    }

    [Fact]
    public void Create_ValidationSchema_HasGraphQLJsTypeMapOrder()
    {
        var schema = KtPortal.GraphQL.Tests.Validation.ValidationSchema.Instance;

        Assert.Equal(
            "Being String Boolean Mammal Pet Canine DogCommand Dog Int Cat CatOrDog Human Intelligent Alien DogOrHuman "
            + "HumanOrAlien FurColor ComplexInput OneOfInput Json ComplicatedArgs Float ID QueryRoot MutationRoot "
            + "SubscriptionRoot __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            string.Join(' ', schema.Types.Keys));
        Assert.Equal(
            "onQuery onMutation onSubscription onField onFragmentDefinition onFragmentSpread onInlineFragment "
            + "onVariableDefinition repeatable withArgs include skip deprecated specifiedBy oneOf",
            string.Join(' ', schema.Directives.Keys));
    }

    [Fact]
    public void AddDocumentFromString_SchemaLargerThanTheOperationTokenLimit_Builds()
    {
        // 2,000 fields of 5 tokens each: well past the 15,000 tokens an operation may have.
        var fields = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"  f{i}(a: Int): String\n"));
        var sdl = "type Query {\n" + fields + "}";

        var schema = SchemaBuilder.New().AddDocumentFromString(sdl).Create();

        Assert.Equal(2_000, schema.QueryType!.Fields.Count);
        Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.Parse(sdl));
    }
}
