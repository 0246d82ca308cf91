namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // https://spec.graphql.org/October2021/#Directives
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return [];
        }

        int first = _lists.Directives.Count;
        do
        {
            _lists.Directives.Add(ParseDirective(isConst));
        }
        while (_lexer.Kind == TokenKind.At);

        return _lists.Directives.ToList(first);
    }

    // https://spec.graphql.org/October2021/#Directive
    private DirectiveNode ParseDirective(bool isConst)
    {
        TokenStart start = Mark();
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
        return new DirectiveNode(CreateLocation(start), name, arguments);
    }

    // https://spec.graphql.org/October2021/#DirectiveDefinition
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        bool repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        IReadOnlyList<NameNode> locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(CreateLocation(start), description, name, arguments, repeatable, locations);
    }

    // https://spec.graphql.org/October2021/#DirectiveLocations
    private IReadOnlyList<NameNode> ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        int first = _lists.Names.Count;
        do
        {
            _lists.Names.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return _lists.Names.ToList(first);
    }

    // https://spec.graphql.org/October2021/#DirectiveLocation
    private NameNode ParseDirectiveLocation()
    {
        Utf8GraphQLLexer token = _lexer;
        NameNode name = ParseName();
        if (DirectiveLocations.Contains(name.Value))
        {
            return name;
        }

        throw Unexpected(token);
    }

    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];
}
