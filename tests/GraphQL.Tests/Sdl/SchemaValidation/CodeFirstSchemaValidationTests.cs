using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Tests.Sdl.SchemaValidation;

// Schemas built in code have no syntax, so errors have no locations. Expected messages are graphql-js
// 16.15.0 validateSchema output for the equivalent GraphQLSchema built in JavaScript.
public sealed class CodeFirstSchemaValidationTests
{
    private static readonly ObjectType Query = new("Query", [new OutputField("a", SpecifiedScalars.Int)]);

    [Fact]
    public void DirectiveWithoutLocations_AndReservedNames_AreReported()
    {
        var withoutLocations = new DirectiveDefinition("d", []);
        var reserved = new DirectiveDefinition(
            "__e",
            [DirectiveLocation.Field],
            [new Argument("__x", new NonNullType(SpecifiedScalars.Int), deprecationReason: "old")]);
        var schema = CreateSchema(Query, [], [.. SpecifiedDirectives.All, withoutLocations, reserved]);

        AssertMessages(
            SchemaValidator.Validate(schema),
            "Directive @d must include 1 or more locations.",
            "Name \"__e\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Required argument @__e(__x:) cannot be deprecated.");
    }

    [Fact]
    public void SchemaWithoutQueryType_IsReported()
    {
        var schema = CreateSchema(null, [Query], SpecifiedDirectives.All);

        AssertMessages(SchemaValidator.Validate(schema), "Query root type must be provided.");
    }

    [Fact]
    public void EmptyTypes_AndInterfaceArgumentMismatches_AreReported()
    {
        var empty = new ObjectType("__Empty", []);
        var iface = new InterfaceType(
            "I",
            [new OutputField("a", SpecifiedScalars.Int, [new Argument("x", SpecifiedScalars.Int)])]);
        var implementation = new ObjectType(
            "Impl",
            [new OutputField("a", SpecifiedScalars.Int, [new Argument("y", new NonNullType(SpecifiedScalars.Int))])],
            [iface]);
        var enumType = new EnumType("E", []);
        var union = new UnionType("U", []);
        var input = new InputObjectType("In", [new InputField("self", new NonNullType(SpecifiedScalars.Int))]);
        var schema = CreateSchema(Query, [empty, implementation, enumType, union, input], SpecifiedDirectives.All);

        AssertMessages(
            SchemaValidator.Validate(schema),
            "Name \"__Empty\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Type __Empty must define one or more fields.",
            "Interface field argument I.a(x:) expected but Impl.a does not provide it.",
            "Object field Impl.a includes required argument y that is missing from the Interface field I.a.",
            "Enum type E must define one or more values.",
            "Union type U must define one or more member types.");
    }

    // graphql-js rejects these in its constructors (assertName, assertEnumValueName) with these messages.
    [Fact]
    public void MalformedNamesGivenInCode_AreReportedWithGraphQLJsConstructorMessages()
    {
        var badType = new ObjectType("1Bad", [new OutputField("a-b", SpecifiedScalars.Int)]);
        var enumType = new EnumType("Flag", [new EnumValue("true"), new EnumValue("null"), new EnumValue("OK")]);
        var schema = CreateSchema(Query, [badType, enumType], SpecifiedDirectives.All);

        AssertMessages(
            SchemaValidator.Validate(schema),
            "Names must start with [_a-zA-Z] but \"1Bad\" does not.",
            "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.",
            "Enum values cannot be named: true",
            "Enum values cannot be named: null");
    }

    [Fact]
    public void ValidCodeFirstSchema_HasNoErrors()
    {
        var schema = CreateSchema(Query, [], SpecifiedDirectives.All);

        Assert.Empty(SchemaValidator.Validate(schema));
    }

    private static Schema CreateSchema(
        ObjectType? query,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
        => new(null, query, null, null, types, directives, null, []);

    private static void AssertMessages(IReadOnlyList<GraphQLError> errors, params string[] expected)
    {
        Assert.Equal(expected, errors.Select(e => e.Message));
        Assert.All(errors, error =>
        {
            Assert.Empty(error.Locations);
            Assert.Equal("SCHEMA_INVALID", error.Code);
        });
    }
}
