namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLLexer
{
    // https://spec.graphql.org/October2021/#IntValue
    // https://spec.graphql.org/October2021/#FloatValue
    private bool ReadNumber(int start)
    {
        int position = start;
        int code = _source[position];
        bool isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        // https://spec.graphql.org/October2021/#sec-Int-Value (lookahead restriction)
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }

        _kind = isFloat ? TokenKind.Float : TokenKind.Int;
        FinishToken(position);
        return true;
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCodePointAt(start)}.");
        }

        int position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }
}
