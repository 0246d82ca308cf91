using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLParser
{
    private readonly TokenStart Mark() => new(_lexer.Utf16Start, _lexer.Line, _lexer.Column);

    private readonly Location? CreateLocation(TokenStart start) =>
        _noLocations ? null : new Location(start.Offset, _lastEnd, start.Line, start.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _lastEnd = _lexer.Utf16End;
        if (_lexer.Read() && ++_tokenCount > _maxTokens)
        {
            ThrowTooManyTokens();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            ThrowExpected(kind);
        }

        Advance();
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowExpected(TokenKind kind) =>
        throw Error(_lexer.Start, $"Expected {kind.Describe()}, found {Describe(_lexer)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            throw Error(_lexer.Start, $"Expected \"{System.Text.Encoding.ASCII.GetString(keyword)}\", found {Describe(_lexer)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    // graphql-js compares the raw token value, so a string "on" or "null" matches as a name would.
    private readonly bool TokenValueIs(string value) => _lexer.Kind switch
    {
        TokenKind.Name => _lexer.Raw.Length == value.Length && System.Text.Ascii.Equals(_lexer.Raw, value),
        TokenKind.String or TokenKind.BlockString => _lexer.GetValue() == value,
        _ => false,
    };

    private readonly SyntaxException Unexpected() => Unexpected(_lexer);

    private readonly SyntaxException Unexpected(scoped in Utf8GraphQLLexer token) =>
        Error(token.Start, $"Unexpected {Describe(token)}.");

    private readonly SyntaxException Error(int bytePosition, string description) => _lexer.Error(bytePosition, description);

    private static string Describe(scoped in Utf8GraphQLLexer token) =>
        token.Kind.HasValue() ? $"{token.Kind.Describe()} \"{token.GetValue()}\"" : token.Kind.Describe();

    private readonly record struct TokenStart(int Offset, int Line, int Column);
}
