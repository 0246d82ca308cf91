namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // https://spec.graphql.org/October2021/#TypeSystemExtension
    private IDefinitionNode ParseTypeSystemExtension()
    {
        Utf8GraphQLLexer keyword = _lexer;
        keyword.Read();
        if (keyword.Kind == TokenKind.Name)
        {
            ReadOnlySpan<byte> name = keyword.Raw;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeExtension();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeExtension();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // https://spec.graphql.org/October2021/#SchemaExtension
    private SchemaExtensionNode ParseSchemaExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ParseOptionalOperationTypeDefinitions();
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(CreateLocation(start), directives, operationTypes);
    }

    // https://spec.graphql.org/October2021/#ScalarTypeExtension
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(CreateLocation(start), name, directives);
    }

    // https://spec.graphql.org/October2021/#ObjectTypeExtension
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("type"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(CreateLocation(start), name, interfaces, directives, fields);
    }

    // https://spec.graphql.org/October2021/#InterfaceTypeExtension
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("interface"u8);
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(CreateLocation(start), name, interfaces, directives, fields);
    }

    // https://spec.graphql.org/October2021/#UnionTypeExtension
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(CreateLocation(start), name, directives, types);
    }

    // https://spec.graphql.org/October2021/#EnumTypeExtension
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(CreateLocation(start), name, directives, values);
    }

    // https://spec.graphql.org/October2021/#InputObjectTypeExtension
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        TokenStart start = Mark();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(CreateLocation(start), name, directives, fields);
    }
}
