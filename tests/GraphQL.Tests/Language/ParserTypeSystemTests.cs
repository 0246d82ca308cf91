using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    [Fact]
    public void Parse_ObjectType_BuildsTreeWithGraphQLJsLocations()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("\"\"\"\nd\n\"\"\"\ntype T implements & A & B @k { \"x\" f(a: Int = 1): T! }\nextend union U = | A | B");

        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(0, 64, 1, 1), type.Location);
        Assert.Equal(new StringValueNode(new Location(0, 9, 1, 1), "d", true), type.Description);
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal(new Location(34, 35, 4, 25), type.Interfaces[1].Location);
        Assert.Equal("k", Assert.Single(type.Directives).Name.Value);
        FieldDefinitionNode field = Assert.Single(type.Fields);
        Assert.Equal(new Location(41, 62, 4, 32), field.Location);
        Assert.Equal("x", field.Description?.Value);
        Assert.False(field.Description?.Block);
        InputValueDefinitionNode argument = Assert.Single(field.Arguments);
        Assert.Equal(new Location(47, 57, 4, 38), argument.Location);
        Assert.Equal("1", Assert.IsType<IntValueNode>(argument.DefaultValue).Value);
        Assert.IsType<NonNullTypeNode>(field.Type);

        var union = Assert.IsType<UnionTypeExtensionNode>(document.Definitions[1]);
        Assert.Equal(new Location(65, 89, 5, 1), union.Location);
        Assert.Equal(["A", "B"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parse_SchemaDefinition_ReadsOperationTypes()
    {
        var schema = (SchemaDefinitionNode)Utf8GraphQLParser.Parse("\"s\" schema @d { query: Q mutation: M subscription: S }").Definitions[0];

        Assert.Equal("s", schema.Description?.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parse_EveryDefinitionKind_BuildsMatchingNode()
    {
        DocumentNode document = Utf8GraphQLParser.Parse(LanguageTestFiles.Read("Files/schema-kitchen-sink.graphql"));

        Assert.Equal(
            [
                SyntaxKind.SchemaDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeDefinition,
                SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
                SyntaxKind.ObjectTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.UnionTypeDefinition,
                SyntaxKind.ScalarTypeDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.EnumTypeDefinition,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.DirectiveDefinition,
                SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension, SyntaxKind.SchemaExtension,
                SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension,
                SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension, SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Parse_InterfaceImplementingInterfaces_ReadsInterfaces()
    {
        var type = (InterfaceTypeDefinitionNode)Utf8GraphQLParser.Parse("interface I implements J & K { a: Int }").Definitions[0];

        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Parse_TypeWithoutFields_HasNoFields()
    {
        var type = (ObjectTypeDefinitionNode)Utf8GraphQLParser.Parse("type Mutation").Definitions[0];

        Assert.Empty(type.Fields);
    }

    [Fact]
    public void Parse_EnumAndInput_ReadValuesAndFields()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("enum E { \"a\" A @deprecated B } input I { a: Int = 1, b: [E!] = [A] @d }");

        var enumType = (EnumTypeDefinitionNode)document.Definitions[0];
        Assert.Equal(["A", "B"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("a", enumType.Values[0].Description?.Value);
        var input = (InputObjectTypeDefinitionNode)document.Definitions[1];
        Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("d", Assert.Single(input.Fields[1].Directives).Name.Value);
    }

    [Fact]
    public void Parse_DirectiveDefinition_ReadsRepeatableAndLocations()
    {
        var directive = (DirectiveDefinitionNode)Utf8GraphQLParser.Parse("\"d\" directive @key(fields: String!) repeatable on | OBJECT | INTERFACE").Definitions[0];

        Assert.Equal("key", directive.Name.Value);
        Assert.True(directive.IsRepeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Equal("fields", Assert.Single(directive.Arguments).Name.Value);
    }

    [Theory]
    [InlineData("extend schema @d", SyntaxKind.SchemaExtension)]
    [InlineData("extend scalar S @d", SyntaxKind.ScalarTypeExtension)]
    [InlineData("extend type T implements I", SyntaxKind.ObjectTypeExtension)]
    [InlineData("extend interface I { a: Int }", SyntaxKind.InterfaceTypeExtension)]
    [InlineData("extend union U = A", SyntaxKind.UnionTypeExtension)]
    [InlineData("extend enum E { A }", SyntaxKind.EnumTypeExtension)]
    [InlineData("extend input I @d", SyntaxKind.InputObjectTypeExtension)]
    public void Parse_Extension_BuildsExtensionNode(string source, SyntaxKind kind) =>
        Assert.Equal(kind, Assert.Single(Utf8GraphQLParser.Parse(source).Definitions).Kind);
}
