namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // https://spec.graphql.org/October2021/#OperationDefinition
    private OperationDefinitionNode ParseOperationDefinition()
    {
        TokenStart start = Mark();
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            SelectionSetNode shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(CreateLocation(start), OperationType.Query, null, [], [], shorthand);
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        IReadOnlyList<VariableDefinitionNode> variables = ParseVariableDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(CreateLocation(start), operation, name, variables, directives, selectionSet)
        {
            Description = description,
        };
    }

    // https://spec.graphql.org/October2021/#OperationType
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Error(_lexer.Start, $"Expected Name, found {Describe(_lexer)}.");
        }

        // graphql-js consumes the name before checking it, so an error in the next token wins.
        Utf8GraphQLLexer token = _lexer;
        Advance();
        ReadOnlySpan<byte> raw = token.Raw;
        if (raw.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (raw.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (raw.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    // https://spec.graphql.org/October2021/#VariablesDefinition
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        int start = _lists.Variables.Count;
        do
        {
            _lists.Variables.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _lists.Variables.ToList(start);
    }

    // https://spec.graphql.org/October2021/#VariableDefinition
    private VariableDefinitionNode ParseVariableDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        Expect(TokenKind.Colon);
        ITypeNode type = ParseTypeReference();
        IValueNode? defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(CreateLocation(start), variable, type, defaultValue, directives)
        {
            Description = description,
        };
    }

    // https://spec.graphql.org/October2021/#Variable
    private VariableNode ParseVariable()
    {
        TokenStart start = Mark();
        Expect(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode(CreateLocation(start), name);
    }

    // https://spec.graphql.org/October2021/#SelectionSet
    private SelectionSetNode ParseSelectionSet()
    {
        TokenStart start = Mark();
        int brace = _lexer.Start;
        Expect(TokenKind.LeftBrace);
        EnterNesting(brace);
        int first = _lists.Selections.Count;
        do
        {
            _lists.Selections.Add(_lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(CreateLocation(start), _lists.Selections.ToList(first));
    }

    // https://spec.graphql.org/October2021/#Field
    private FieldNode ParseField()
    {
        TokenStart start = Mark();
        CountField();
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        // Most fields have neither arguments nor directives; the checks here skip two calls.
        IReadOnlyList<ArgumentNode> arguments = _lexer.Kind == TokenKind.LeftParenthesis ? ParseArguments(isConst: false) : [];
        IReadOnlyList<DirectiveNode> directives = _lexer.Kind == TokenKind.At ? ParseDirectives(isConst: false) : [];
        SelectionSetNode? selectionSet = _lexer.Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return new FieldNode(CreateLocation(start), alias, name, arguments, directives, selectionSet);
    }

    // https://spec.graphql.org/October2021/#Arguments
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        int first = _lists.Arguments.Count;
        do
        {
            _lists.Arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _lists.Arguments.ToList(first);
    }

    // https://spec.graphql.org/October2021/#Argument
    private ArgumentNode ParseArgument(bool isConst)
    {
        TokenStart start = Mark();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        IValueNode value = ParseValueLiteral(isConst);
        return new ArgumentNode(CreateLocation(start), name, value);
    }

    // https://spec.graphql.org/October2021/#Name
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        TokenStart start = Mark();
        string value = _lexer.GetName();
        Advance();
        return new NameNode(CreateLocation(start), value);
    }
}
