namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    // https://spec.graphql.org/October2021/#Description
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // https://spec.graphql.org/October2021/#SchemaDefinition
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("schema"u8);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        int first = _lists.OperationTypes.Count;
        do
        {
            _lists.OperationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(CreateLocation(start), description, directives, _lists.OperationTypes.ToList(first));
    }

    // https://spec.graphql.org/October2021/#RootOperationTypeDefinition
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        TokenStart start = Mark();
        OperationType operation = ParseOperationType();
        Expect(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode(CreateLocation(start), operation, type);
    }

    // https://spec.graphql.org/October2021/#SchemaExtension (the braces are optional in an extension)
    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypeDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        int first = _lists.OperationTypes.Count;
        do
        {
            _lists.OperationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _lists.OperationTypes.ToList(first);
    }

    // https://spec.graphql.org/October2021/#ScalarTypeDefinition
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("scalar"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(CreateLocation(start), description, name, directives);
    }

    // https://spec.graphql.org/October2021/#ObjectTypeDefinition
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("type"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(CreateLocation(start), description, name, interfaces, directives, fields);
    }

    // https://spec.graphql.org/October2021/#InterfaceTypeDefinition
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("interface"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(CreateLocation(start), description, name, interfaces, directives, fields);
    }

    // https://spec.graphql.org/October2021/#ImplementsInterfaces
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8) ? ParseNamedTypes(TokenKind.Ampersand) : [];

    // A list of named types, separated by a delimiter that may also lead the list.
    private IReadOnlyList<NamedTypeNode> ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        int first = _lists.NamedTypes.Count;
        do
        {
            _lists.NamedTypes.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return _lists.NamedTypes.ToList(first);
    }

    // https://spec.graphql.org/October2021/#FieldsDefinition
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        int first = _lists.FieldDefinitions.Count;
        do
        {
            _lists.FieldDefinitions.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _lists.FieldDefinitions.ToList(first);
    }

    // https://spec.graphql.org/October2021/#FieldDefinition
    private FieldDefinitionNode ParseFieldDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        ITypeNode type = ParseTypeReference();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(CreateLocation(start), description, name, arguments, type, directives);
    }

    // https://spec.graphql.org/October2021/#ArgumentsDefinition
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    // https://spec.graphql.org/October2021/#InputFieldsDefinition
    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        int first = _lists.InputValues.Count;
        do
        {
            _lists.InputValues.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return _lists.InputValues.ToList(first);
    }

    // https://spec.graphql.org/October2021/#InputValueDefinition
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        ITypeNode type = ParseTypeReference();
        IValueNode? defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(CreateLocation(start), description, name, type, defaultValue, directives);
    }

    // https://spec.graphql.org/October2021/#UnionTypeDefinition
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("union"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(CreateLocation(start), description, name, directives, types);
    }

    // https://spec.graphql.org/October2021/#UnionMemberTypes
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equal) ? ParseNamedTypes(TokenKind.Pipe) : [];

    // https://spec.graphql.org/October2021/#EnumTypeDefinition
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("enum"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(CreateLocation(start), description, name, directives, values);
    }

    // https://spec.graphql.org/October2021/#EnumValuesDefinition
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        int first = _lists.EnumValues.Count;
        do
        {
            _lists.EnumValues.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _lists.EnumValues.ToList(first);
    }

    // https://spec.graphql.org/October2021/#EnumValueDefinition
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();

        // https://spec.graphql.org/October2021/#EnumValue (not true, false or null)
        if (TokenValueIs("true") || TokenValueIs("false") || TokenValueIs("null"))
        {
            throw Error(_lexer.Start, $"{Describe(_lexer)} is reserved and cannot be used for an enum value.");
        }

        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(CreateLocation(start), description, name, directives);
    }

    // https://spec.graphql.org/October2021/#InputObjectTypeDefinition
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        TokenStart start = Mark();
        StringValueNode? description = ParseDescription();
        ExpectKeyword("input"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(CreateLocation(start), description, name, directives, fields);
    }
}
