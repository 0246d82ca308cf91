using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Language;

// Locations are graphql-js 16.15.0's loc.start, loc.end and start token line and column.
public sealed class ParserExecutableTests
{
    private const string Operation = "query Q($a: [Int!] = [1]) {\n  alias: f(x: $a) @d {\n    ... on T { g }\n    ...F\n  }\n}";

    [Fact]
    public void Parse_Operation_BuildsTreeWithGraphQLJsLocations()
    {
        DocumentNode document = Utf8GraphQLParser.Parse(Operation);

        Assert.Equal(new Location(0, 84, 1, 1), document.Location);
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
        Assert.Equal(new Location(0, 84, 1, 1), operation.Location);

        VariableDefinitionNode variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("a", variable.Variable.Name.Value);
        Assert.Equal(new Location(8, 24, 1, 9), variable.Location);
        var list = Assert.IsType<ListTypeNode>(variable.Type);
        Assert.Equal(new Location(12, 18, 1, 13), list.Location);
        var nonNull = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal(new Location(13, 17, 1, 14), nonNull.Location);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        var defaultValue = Assert.IsType<ListValueNode>(variable.DefaultValue);
        Assert.Equal(new Location(21, 24, 1, 22), defaultValue.Location);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(defaultValue.Values)).Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(30, 82, 2, 3), field.Location);
        Assert.Equal(new Location(30, 35, 2, 3), field.Alias?.Location);
        Assert.Equal("alias", field.Alias?.Value);
        Assert.Equal(new Location(37, 38, 2, 10), field.Name.Location);
        ArgumentNode argument = Assert.Single(field.Arguments);
        Assert.Equal(new Location(39, 44, 2, 12), argument.Location);
        Assert.Equal("a", Assert.IsType<VariableNode>(argument.Value).Name.Value);
        Assert.Equal(new Location(46, 48, 2, 19), Assert.Single(field.Directives).Location);
        Assert.Equal(new Location(49, 82, 2, 22), field.SelectionSet?.Location);

        var inline = Assert.IsType<InlineFragmentNode>(field.SelectionSet!.Selections[0]);
        Assert.Equal(new Location(55, 69, 3, 5), inline.Location);
        Assert.Equal("T", inline.TypeCondition?.Name.Value);
        var spread = Assert.IsType<FragmentSpreadNode>(field.SelectionSet.Selections[1]);
        Assert.Equal(new Location(74, 78, 4, 5), spread.Location);
        Assert.Equal("F", spread.Name.Value);
    }

    [Fact]
    public void Parse_Utf8AndString_GiveEqualLocations()
    {
        DocumentNode fromString = Utf8GraphQLParser.Parse(Operation);
        DocumentNode fromBytes = Utf8GraphQLParser.Parse(System.Text.Encoding.UTF8.GetBytes(Operation));

        Assert.Equal(SyntaxPrinter.Print(fromString), SyntaxPrinter.Print(fromBytes));
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }

    [Fact]
    public void Parse_AstralCharacters_CountAsTwoUtf16Units()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("{ a(s: \"😀\") b }"u8);

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var value = (StringValueNode)((FieldNode)selections[0]).Arguments[0].Value;
        Assert.Equal("😀", value.Value);
        Assert.Equal(new Location(7, 11, 1, 8), value.Location);
        Assert.Equal(new Location(13, 14, 1, 14), selections[1].Location);
    }

    [Fact]
    public void Parse_ShorthandQuery_IsAnonymousQuery()
    {
        var operation = (OperationDefinitionNode)Utf8GraphQLParser.Parse("{ a }").Definitions[0];

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Theory]
    [InlineData("mutation M { a }", OperationType.Mutation)]
    [InlineData("subscription { a }", OperationType.Subscription)]
    [InlineData("query { a }", OperationType.Query)]
    public void Parse_OperationKeyword_SetsOperationType(string source, OperationType expected) =>
        Assert.Equal(expected, ((OperationDefinitionNode)Utf8GraphQLParser.Parse(source).Definitions[0]).Operation);

    [Fact]
    public void Parse_FragmentDefinition_KeepsTypeConditionAndDirectives()
    {
        var fragment = (FragmentDefinitionNode)Utf8GraphQLParser.Parse("fragment F on User @d { id }").Definitions[0];

        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Equal("d", Assert.Single(fragment.Directives).Name.Value);
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Fact]
    public void Parse_InlineFragmentWithoutTypeCondition_HasNullTypeCondition()
    {
        var operation = (OperationDefinitionNode)Utf8GraphQLParser.Parse("{ ... @include(if: $x) { a } }").Definitions[0];

        var inline = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[0]);
        Assert.Null(inline.TypeCondition);
        Assert.Equal("include", Assert.Single(inline.Directives).Name.Value);
    }

    [Fact]
    public void Parse_KeywordsAreValidNames()
    {
        var operation = (OperationDefinitionNode)Utf8GraphQLParser.Parse("{ query mutation fragment on type: schema(true: null) }").Definitions[0];

        Assert.Equal(["query", "mutation", "fragment", "on", "schema"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Parse_ExecutableDescriptions_AreKeptAsGraphQLJsKeepsThem()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("\"Fetches a ticket.\" query Q(\"the id\" $id: ID) { a } \"\"\"F\"\"\" fragment F on T { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Fetches a ticket.", operation.Description?.Value);
        Assert.Equal(new Location(0, 51, 1, 1), operation.Location);
        Assert.Equal("the id", operation.VariableDefinitions[0].Description?.Value);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal(new StringValueNode(new Location(52, 59, 1, 53), "F", true), fragment.Description);
    }

    [Fact]
    public void Parse_Values_BuildsEveryValueKind()
    {
        var value = (ObjectValueNode)Utf8GraphQLParser.ParseValue("{i: -12, f: 1.5e-3, s: \"caf\\u00e9 \\u{1F600}\", b: \"\"\"x\"\"\", t: true, n: null, e: OPEN, l: [$v], o: {}}");

        Assert.Collection(
            value.Fields,
            f => Assert.Equal("-12", Assert.IsType<IntValueNode>(f.Value).Value),
            f => Assert.Equal("1.5e-3", Assert.IsType<FloatValueNode>(f.Value).Value),
            f => Assert.Equal(new StringValueNode(f.Value.Location, "café 😀", false), f.Value),
            f => Assert.True(Assert.IsType<StringValueNode>(f.Value).Block),
            f => Assert.True(Assert.IsType<BooleanValueNode>(f.Value).Value),
            f => Assert.IsType<NullValueNode>(f.Value),
            f => Assert.Equal("OPEN", Assert.IsType<EnumValueNode>(f.Value).Value),
            f => Assert.Equal("v", Assert.IsType<VariableNode>(Assert.Single(Assert.IsType<ListValueNode>(f.Value).Values)).Name.Value),
            f => Assert.Empty(Assert.IsType<ObjectValueNode>(f.Value).Fields));
    }

    [Theory]
    [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\u0041\\u{000041}\"", "AA")]
    [InlineData("\"raw \u0001 control\"", "raw \u0001 control")]
    public void ParseConstValue_StringEscapes_AreResolved(string source, string expected) =>
        Assert.Equal(expected, ((StringValueNode)Utf8GraphQLParser.ParseConstValue(source)).Value);

    [Fact]
    public void ParseConstValue_Variable_Throws()
    {
        SyntaxException error = Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.ParseConstValue("[$a]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$a\" in constant value.", error.Message);
    }

    [Theory]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".")]
    [InlineData("", "Syntax Error: Unexpected <EOF>.")]
    public void ParseValue_TrailingOrMissingValue_Throws(string source, string message) =>
        Assert.Equal(message, Assert.Throws<SyntaxException>(() => Utf8GraphQLParser.ParseValue(source)).Message);

    [Fact]
    public void ParseType_ListOfNonNull_BuildsNestedTypes()
    {
        var type = Assert.IsType<NonNullTypeNode>(Utf8GraphQLParser.ParseType("[String!]!"));

        var list = Assert.IsType<ListTypeNode>(type.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
    }

    [Fact]
    public void Parse_NoLocations_LeavesLocationsNull()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("{ a(b: [1]) }", new ParserOptions { NoLocations = true });

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Null(document.Location);
        Assert.Null(operation.Location);
        Assert.Null(operation.SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Parse_RepeatedNames_ShareOneString()
    {
        var operation = (OperationDefinitionNode)Utf8GraphQLParser.Parse("{ id a { id } }").Definitions[0];

        var first = (FieldNode)operation.SelectionSet.Selections[0];
        var nested = (FieldNode)((FieldNode)operation.SelectionSet.Selections[1]).SelectionSet!.Selections[0];
        Assert.Same(first.Name.Value, nested.Name.Value);
    }

    [Fact]
    public void Parse_IgnoredTokens_AreSkipped()
    {
        DocumentNode document = Utf8GraphQLParser.Parse("\uFEFF# comment\r\n{ a,, b\t# another\r c }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(3, operation.SelectionSet.Selections.Count);
        Assert.Equal(new Location(31, 32, 3, 2), operation.SelectionSet.Selections[2].Location);
    }
}
