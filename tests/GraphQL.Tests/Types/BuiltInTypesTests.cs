using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Types;

public sealed class BuiltInTypesTests
{
    [Fact]
    public void SpecifiedScalars_HaveGraphQLJsDescriptions()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], SpecifiedScalars.All.Select(s => s.Name));
        Assert.Equal("The `Boolean` scalar type represents `true` or `false`.", SpecifiedScalars.Boolean.Description);
        Assert.StartsWith("The `Int` scalar type represents non-fractional signed whole numeric values.", SpecifiedScalars.Int.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Int", "1", null)]
    [InlineData("Int", "2147483647", null)]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Float", "1", null)]
    [InlineData("Float", "\"1\"", "Float cannot represent non numeric value: \"1\"")]
    [InlineData("String", "ENUM", "String cannot represent a non string value: ENUM")]
    [InlineData("Boolean", "[true]", "Boolean cannot represent a non boolean value: [true]")]
    [InlineData("ID", "7", null)]
    [InlineData("ID", "\"7\"", null)]
    [InlineData("ID", "7.0", "ID cannot represent a non-string and non-integer value: 7.0")]
    public void SpecifiedScalars_ValidateLiteralsAsGraphQLJs(string scalar, string literal, string? error)
    {
        var type = SpecifiedScalars.All.Single(s => s.Name == scalar);

        Assert.Equal(error, type.ValidateLiteral(Utf8GraphQLParser.ParseValue(literal)));
    }

    [Fact]
    public void CustomScalars_AcceptAnyLiteral()
        => Assert.Null(new ScalarType("Json").ValidateLiteral(Utf8GraphQLParser.ParseValue("{a: [1, \"x\", $v]}")));

    [Fact]
    public void SpecifiedDirectives_MatchGraphQLJs()
    {
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], SpecifiedDirectives.All.Select(d => d.Name));
        var deprecated = SpecifiedDirectives.Deprecated;
        Assert.Equal("Marks an element of a GraphQL schema as no longer supported.", deprecated.Description);
        Assert.Equal(
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
            deprecated.Locations);
        var reason = deprecated.Arguments["reason"];
        Assert.Equal("String", reason.Type.ToString());
        Assert.Equal("No longer supported", Assert.IsType<StringValueNode>(reason.DefaultValue).Value);
        Assert.Equal("Boolean!", SpecifiedDirectives.Include.Arguments["if"].Type.ToString());
        Assert.Equal("Included when true.", SpecifiedDirectives.Include.Arguments["if"].Description);
        Assert.Equal("Indicates exactly one field must be supplied and this field must not be `null`.", SpecifiedDirectives.OneOf.Description);
        Assert.Empty(SpecifiedDirectives.OneOf.Arguments);
    }

    [Fact]
    public void IntrospectionTypes_MatchGraphQLJs()
    {
        Assert.Equal(
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"],
            Introspection.Types.Select(t => t.Name));
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            Introspection.TypeType.Fields.Select(f => f.Name));
        Assert.Equal("[__Field!]", Introspection.TypeType.Fields["fields"].Type.ToString());
        Assert.Equal("Boolean", Introspection.TypeType.Fields["fields"].Arguments["includeDeprecated"].Type.ToString());
        Assert.Equal("Boolean!", Introspection.SchemaType.Fields["directives"].Arguments["includeDeprecated"].Type.ToString());
        Assert.Equal(
            ["description", "types", "queryType", "mutationType", "subscriptionType", "directives"],
            Introspection.SchemaType.Fields.Select(f => f.Name));
        Assert.Equal(20, Introspection.DirectiveLocationType.Values.Count);
        Assert.Equal("Location adjacent to an input object field definition.", Introspection.DirectiveLocationType.Values["INPUT_FIELD_DEFINITION"].Description);
        Assert.Equal(["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"], Introspection.TypeKindType.Values.Select(v => v.Name));
    }

    [Fact]
    public void MetaFields_MatchGraphQLJs()
    {
        Assert.Equal("__Schema!", Introspection.SchemaField.Type.ToString());
        Assert.Equal("Access the current type schema of this server.", Introspection.SchemaField.Description);
        Assert.Equal("__Type", Introspection.TypeField.Type.ToString());
        Assert.Equal("String!", Introspection.TypeField.Arguments["name"].Type.ToString());
        Assert.Equal("String!", Introspection.TypeNameField.Type.ToString());
        Assert.Equal("The name of the current Object type at runtime.", Introspection.TypeNameField.Description);
    }

    [Fact]
    public void DirectiveLocationNames_RoundTrip()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            Assert.True(DirectiveLocationNames.TryParse(location.ToSpecName(), out var parsed));
            Assert.Equal(location, parsed);
        }

        Assert.Equal("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition.ToSpecName());
    }
}
