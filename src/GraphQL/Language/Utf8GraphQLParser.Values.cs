using System.Text;

namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    // https://spec.graphql.org/October2021/#Value
    private IValueNode ParseValueLiteral(bool isConst)
    {
        TokenStart start = Mark();
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                string value = Encoding.ASCII.GetString(_lexer.Raw);
                Advance();
                return new IntValueNode(CreateLocation(start), value);
            }

            case TokenKind.Float:
            {
                string value = Encoding.ASCII.GetString(_lexer.Raw);
                Advance();
                return new FloatValueNode(CreateLocation(start), value);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst)
                {
                    throw UnexpectedVariable();
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    // https://spec.graphql.org/October2021/#BooleanValue
    // https://spec.graphql.org/October2021/#NullValue
    // https://spec.graphql.org/October2021/#EnumValue
    private IValueNode ParseNameValue(TokenStart start)
    {
        ReadOnlySpan<byte> raw = _lexer.Raw;
        if (raw.SequenceEqual("true"u8) || raw.SequenceEqual("false"u8))
        {
            bool value = raw.Length == 4;
            Advance();
            return new BooleanValueNode(CreateLocation(start), value);
        }

        if (raw.SequenceEqual("null"u8))
        {
            Advance();
            return new NullValueNode(CreateLocation(start));
        }

        string name = _lexer.GetName();
        Advance();
        return new EnumValueNode(CreateLocation(start), name);
    }

    // https://spec.graphql.org/October2021/#sec-Input-Values (constant values hold no variables)
    private SyntaxException UnexpectedVariable()
    {
        Utf8GraphQLLexer dollar = _lexer;
        Advance();
        return _lexer.Kind == TokenKind.Name
            ? Error(dollar.Start, $"Unexpected variable \"${_lexer.GetName()}\" in constant value.")
            : Unexpected(dollar);
    }

    // https://spec.graphql.org/October2021/#StringValue
    private StringValueNode ParseStringLiteral()
    {
        TokenStart start = Mark();
        string value = _lexer.GetValue();
        bool block = _lexer.Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(CreateLocation(start), value, block);
    }

    // https://spec.graphql.org/October2021/#ListValue
    private ListValueNode ParseList(bool isConst)
    {
        TokenStart start = Mark();
        int bracket = _lexer.Start;
        Expect(TokenKind.LeftBracket);
        EnterNesting(bracket);
        int first = _lists.Values.Count;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            _lists.Values.Add(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(CreateLocation(start), _lists.Values.ToList(first));
    }

    // https://spec.graphql.org/October2021/#ObjectValue
    private ObjectValueNode ParseObject(bool isConst)
    {
        TokenStart start = Mark();
        int brace = _lexer.Start;
        Expect(TokenKind.LeftBrace);
        EnterNesting(brace);
        int first = _lists.ObjectFields.Count;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            _lists.ObjectFields.Add(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(CreateLocation(start), _lists.ObjectFields.ToList(first));
    }

    // https://spec.graphql.org/October2021/#ObjectField
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        TokenStart start = Mark();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        IValueNode value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(CreateLocation(start), name, value);
    }

    // https://spec.graphql.org/October2021/#Type
    private ITypeNode ParseTypeReference()
    {
        TokenStart start = Mark();
        ITypeNode type;
        if (_lexer.Kind == TokenKind.LeftBracket)
        {
            int bracket = _lexer.Start;
            Advance();
            EnterNesting(bracket);
            ITypeNode inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(CreateLocation(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(CreateLocation(start), type) : type;
    }

    // https://spec.graphql.org/October2021/#NamedType
    private NamedTypeNode ParseNamedType()
    {
        TokenStart start = Mark();
        NameNode name = ParseName();
        return new NamedTypeNode(CreateLocation(start), name);
    }
}
