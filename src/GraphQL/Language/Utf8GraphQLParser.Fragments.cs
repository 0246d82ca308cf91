namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // https://spec.graphql.org/October2021/#FragmentSpread
    // https://spec.graphql.org/October2021/#InlineFragment
    private ISelectionNode ParseFragment()
    {
        TokenStart start = Mark();
        Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            NameNode name = ParseFragmentName();
            IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(CreateLocation(start), name, spreadDirectives);
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(CreateLocation(start), typeCondition, directives, selectionSet);
    }

    // https://spec.graphql.org/October2021/#FragmentDefinition
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment"u8);
        NameNode name = ParseFragmentName();
        ExpectKeyword("on"u8);
        NamedTypeNode typeCondition = ParseNamedType();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(CreateLocation(start), name, typeCondition, directives, selectionSet)
        {
            Description = description,
        };
    }

    // https://spec.graphql.org/October2021/#FragmentName
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
