using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Tests.Validation;

// The validator's own walk is specialised; this covers the general-purpose SyntaxWalker next to it.
public sealed class SyntaxWalkerTests
{
    private const string KitchenSink = """"
            query Q($a: [Int!]! = [1], $b: In @dir) @dir(x: {f: [ENUM, null, 1.5, "s", true, $a]}) {
              alias: field(arg: $a) @skip(if: false) { ...Frag ... on T @d { x } ... { y } }
            }
            fragment Frag on T { z }
            "schema" schema @d { query: Q mutation: M }
            """block""" scalar S @d
            type O implements I & J @d { "f" f("a" a: Int = 1 @d): [O!] }
            interface I implements J { f: Int }
            union U @d = A | B
            enum E @d { "v" V @d W }
            input In @d { a: Int = 2 @d }
            directive @d("x" x: Int) repeatable on FIELD | OBJECT
            extend schema @d { subscription: S }
            extend scalar S @d
            extend type O implements K @d { g: Int }
            extend interface I @d { h: Int }
            extend union U = C
            extend enum E { X }
            extend input In { b: Int }
        """";

    [Fact]
    public void Walk_VisitsEveryNodeInGraphQLJsOrder()
    {
        var walker = new RecordingWalker();

        walker.Walk(Utf8GraphQLParser.Parse(KitchenSink), []);

        string[] expected =
        [
            "+Document", "+OperationDefinition", "+Name", "-Name", "+VariableDefinition", "+Variable", "+Name", "-Name",
            "-Variable", "+NonNullType", "+ListType", "+NonNullType", "+NamedType", "+Name", "-Name", "-NamedType",
            "-NonNullType", "-ListType", "-NonNullType", "+ListValue", "+IntValue", "-IntValue", "-ListValue", "-VariableDefinition",
            "+VariableDefinition", "+Variable", "+Name", "-Name", "-Variable", "+NamedType", "+Name", "-Name",
            "-NamedType", "+Directive", "+Name", "-Name", "-Directive", "-VariableDefinition", "+Directive", "+Name",
            "-Name", "+Argument", "+Name", "-Name", "+ObjectValue", "+ObjectField", "+Name", "-Name",
            "+ListValue", "+EnumValue", "-EnumValue", "+NullValue", "-NullValue", "+FloatValue", "-FloatValue", "+StringValue",
            "-StringValue", "+BooleanValue", "-BooleanValue", "+Variable", "+Name", "-Name", "-Variable", "-ListValue",
            "-ObjectField", "-ObjectValue", "-Argument", "-Directive", "+SelectionSet", "+Field", "+Name", "-Name",
            "+Name", "-Name", "+Argument", "+Name", "-Name", "+Variable", "+Name", "-Name",
            "-Variable", "-Argument", "+Directive", "+Name", "-Name", "+Argument", "+Name", "-Name",
            "+BooleanValue", "-BooleanValue", "-Argument", "-Directive", "+SelectionSet", "+FragmentSpread", "+Name", "-Name",
            "-FragmentSpread", "+InlineFragment", "+NamedType", "+Name", "-Name", "-NamedType", "+Directive", "+Name",
            "-Name", "-Directive", "+SelectionSet", "+Field", "+Name", "-Name", "-Field", "-SelectionSet",
            "-InlineFragment", "+InlineFragment", "+SelectionSet", "+Field", "+Name", "-Name", "-Field", "-SelectionSet",
            "-InlineFragment", "-SelectionSet", "-Field", "-SelectionSet", "-OperationDefinition", "+FragmentDefinition", "+Name", "-Name",
            "+NamedType", "+Name", "-Name", "-NamedType", "+SelectionSet", "+Field", "+Name", "-Name",
            "-Field", "-SelectionSet", "-FragmentDefinition", "+SchemaDefinition", "+StringValue", "-StringValue", "+Directive", "+Name",
            "-Name", "-Directive", "+OperationTypeDefinition", "+NamedType", "+Name", "-Name", "-NamedType", "-OperationTypeDefinition",
            "+OperationTypeDefinition", "+NamedType", "+Name", "-Name", "-NamedType", "-OperationTypeDefinition", "-SchemaDefinition", "+ScalarTypeDefinition",
            "+StringValue", "-StringValue", "+Name", "-Name", "+Directive", "+Name", "-Name", "-Directive",
            "-ScalarTypeDefinition", "+ObjectTypeDefinition", "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType",
            "+NamedType", "+Name", "-Name", "-NamedType", "+Directive", "+Name", "-Name", "-Directive",
            "+FieldDefinition", "+StringValue", "-StringValue", "+Name", "-Name", "+InputValueDefinition", "+StringValue", "-StringValue",
            "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType", "+IntValue", "-IntValue",
            "+Directive", "+Name", "-Name", "-Directive", "-InputValueDefinition", "+ListType", "+NonNullType", "+NamedType",
            "+Name", "-Name", "-NamedType", "-NonNullType", "-ListType", "-FieldDefinition", "-ObjectTypeDefinition", "+InterfaceTypeDefinition",
            "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType", "+FieldDefinition", "+Name",
            "-Name", "+NamedType", "+Name", "-Name", "-NamedType", "-FieldDefinition", "-InterfaceTypeDefinition", "+UnionTypeDefinition",
            "+Name", "-Name", "+Directive", "+Name", "-Name", "-Directive", "+NamedType", "+Name",
            "-Name", "-NamedType", "+NamedType", "+Name", "-Name", "-NamedType", "-UnionTypeDefinition", "+EnumTypeDefinition",
            "+Name", "-Name", "+Directive", "+Name", "-Name", "-Directive", "+EnumValueDefinition", "+StringValue",
            "-StringValue", "+Name", "-Name", "+Directive", "+Name", "-Name", "-Directive", "-EnumValueDefinition",
            "+EnumValueDefinition", "+Name", "-Name", "-EnumValueDefinition", "-EnumTypeDefinition", "+InputObjectTypeDefinition", "+Name", "-Name",
            "+Directive", "+Name", "-Name", "-Directive", "+InputValueDefinition", "+Name", "-Name", "+NamedType",
            "+Name", "-Name", "-NamedType", "+IntValue", "-IntValue", "+Directive", "+Name", "-Name",
            "-Directive", "-InputValueDefinition", "-InputObjectTypeDefinition", "+DirectiveDefinition", "+Name", "-Name", "+InputValueDefinition", "+StringValue",
            "-StringValue", "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType", "-InputValueDefinition",
            "+Name", "-Name", "+Name", "-Name", "-DirectiveDefinition", "+SchemaExtension", "+Directive", "+Name",
            "-Name", "-Directive", "+OperationTypeDefinition", "+NamedType", "+Name", "-Name", "-NamedType", "-OperationTypeDefinition",
            "-SchemaExtension", "+ScalarTypeExtension", "+Name", "-Name", "+Directive", "+Name", "-Name", "-Directive",
            "-ScalarTypeExtension", "+ObjectTypeExtension", "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType",
            "+Directive", "+Name", "-Name", "-Directive", "+FieldDefinition", "+Name", "-Name", "+NamedType",
            "+Name", "-Name", "-NamedType", "-FieldDefinition", "-ObjectTypeExtension", "+InterfaceTypeExtension", "+Name", "-Name",
            "+Directive", "+Name", "-Name", "-Directive", "+FieldDefinition", "+Name", "-Name", "+NamedType",
            "+Name", "-Name", "-NamedType", "-FieldDefinition", "-InterfaceTypeExtension", "+UnionTypeExtension", "+Name", "-Name",
            "+NamedType", "+Name", "-Name", "-NamedType", "-UnionTypeExtension", "+EnumTypeExtension", "+Name", "-Name",
            "+EnumValueDefinition", "+Name", "-Name", "-EnumValueDefinition", "-EnumTypeExtension", "+InputObjectTypeExtension", "+Name", "-Name",
            "+InputValueDefinition", "+Name", "-Name", "+NamedType", "+Name", "-Name", "-NamedType", "-InputValueDefinition",
            "-InputObjectTypeExtension", "-Document",
        ];
        Assert.Equal(expected, walker.Events);
    }

    [Fact]
    public void Walk_SkippedNodes_AreNeitherDescendedIntoNorLeft()
    {
        var walker = new RecordingWalker { SkipKinds = [SyntaxKind.SelectionSet, SyntaxKind.ObjectTypeDefinition] };

        walker.Walk(Utf8GraphQLParser.Parse(KitchenSink), []);

        string[] expected =
        [
            "+Document", "+OperationDefinition", "+Name", "+VariableDefinition", "+Variable", "+Name", "+NonNullType", "+ListType",
            "+NonNullType", "+NamedType", "+Name", "+ListValue", "+IntValue", "+VariableDefinition", "+Variable", "+Name",
            "+NamedType", "+Name", "+Directive", "+Name", "+Directive", "+Name", "+Argument", "+Name",
            "+ObjectValue", "+ObjectField", "+Name", "+ListValue", "+EnumValue", "+NullValue", "+FloatValue", "+StringValue",
            "+BooleanValue", "+Variable", "+Name", "+SelectionSet", "+FragmentDefinition", "+Name", "+NamedType", "+Name",
            "+SelectionSet", "+SchemaDefinition", "+StringValue", "+Directive", "+Name", "+OperationTypeDefinition", "+NamedType", "+Name",
            "+OperationTypeDefinition", "+NamedType", "+Name", "+ScalarTypeDefinition", "+StringValue", "+Name", "+Directive", "+Name",
            "+ObjectTypeDefinition", "+InterfaceTypeDefinition", "+Name", "+NamedType", "+Name", "+FieldDefinition", "+Name", "+NamedType",
            "+Name", "+UnionTypeDefinition", "+Name", "+Directive", "+Name", "+NamedType", "+Name", "+NamedType",
            "+Name", "+EnumTypeDefinition", "+Name", "+Directive", "+Name", "+EnumValueDefinition", "+StringValue", "+Name",
            "+Directive", "+Name", "+EnumValueDefinition", "+Name", "+InputObjectTypeDefinition", "+Name", "+Directive", "+Name",
            "+InputValueDefinition", "+Name", "+NamedType", "+Name", "+IntValue", "+Directive", "+Name", "+DirectiveDefinition",
            "+Name", "+InputValueDefinition", "+StringValue", "+Name", "+NamedType", "+Name", "+Name", "+Name",
            "+SchemaExtension", "+Directive", "+Name", "+OperationTypeDefinition", "+NamedType", "+Name", "+ScalarTypeExtension", "+Name",
            "+Directive", "+Name", "+ObjectTypeExtension", "+Name", "+NamedType", "+Name", "+Directive", "+Name",
            "+FieldDefinition", "+Name", "+NamedType", "+Name", "+InterfaceTypeExtension", "+Name", "+Directive", "+Name",
            "+FieldDefinition", "+Name", "+NamedType", "+Name", "+UnionTypeExtension", "+Name", "+NamedType", "+Name",
            "+EnumTypeExtension", "+Name", "+EnumValueDefinition", "+Name", "+InputObjectTypeExtension", "+Name", "+InputValueDefinition", "+Name",
            "+NamedType", "+Name",
        ];
        Assert.Equal(expected, walker.Events.Where(e => e[0] == '+'));
        Assert.DoesNotContain("-SelectionSet", walker.Events);
    }

    [Fact]
    public void Walk_Break_StopsTheWalk()
    {
        var walker = new RecordingWalker { BreakKind = SyntaxKind.Variable };

        walker.Walk(Utf8GraphQLParser.Parse(KitchenSink), []);

        Assert.Equal(["+Document", "+OperationDefinition", "+Name", "-Name", "+VariableDefinition", "+Variable"], walker.Events);
    }

    private sealed class RecordingWalker : SyntaxWalker<List<string>>
    {
        public List<string> Events { get; } = [];

        public SyntaxKind[] SkipKinds { get; init; } = [];

        public SyntaxKind? BreakKind { get; init; }

        protected override SyntaxWalkerAction Enter(ISyntaxNode node, List<string> context)
        {
            Events.Add("+" + node.Kind);
            if (node.Kind == BreakKind)
            {
                return SyntaxWalkerAction.Break;
            }

            return SkipKinds.Contains(node.Kind) ? SyntaxWalkerAction.Skip : SyntaxWalkerAction.Continue;
        }

        protected override void Leave(ISyntaxNode node, List<string> context) => Events.Add("-" + node.Kind);
    }
}
