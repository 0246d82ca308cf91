using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Language.Source-Text

/// <summary>
/// Reads GraphQL lexical tokens from UTF-8 text, one at a time and without allocating. Ignored
/// tokens (byte order mark, white space, line terminators, commas and comments) are skipped.
/// Offsets are reported both in bytes and, as graphql-js reports them, in UTF-16 code units;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, columns counted in UTF-16 code units.
/// Invalid UTF-8 reads as U+FFFD, as a decoder would replace it. Errors throw <see cref="SyntaxException"/>.
/// </summary>
public ref partial struct Utf8GraphQLLexer
{
    private readonly ReadOnlySpan<byte> _source;
    private readonly string? _sourceText;
    private readonly int _loneSurrogateAt;
    private readonly int _loneSurrogate;
    private int _position;
    private int _line;
    private int _lineStartUtf16;
    private int _utf16Delta;
    private TokenKind _kind;
    private int _start;
    private int _end;
    private int _utf16Start;
    private int _utf16End;
    private int _tokenLine;
    private int _tokenColumn;
    private bool _hasEscapes;

    /// <summary>Creates a lexer positioned before the first token of <paramref name="source"/>.</summary>
    /// <param name="source">The UTF-8 encoded GraphQL text.</param>
    public Utf8GraphQLLexer(ReadOnlySpan<byte> source)
        : this(source, null)
    {
    }

    internal Utf8GraphQLLexer(ReadOnlySpan<byte> source, string? sourceText)
    {
        _source = source;
        _sourceText = sourceText;
        (_loneSurrogateAt, _loneSurrogate) = FindLoneSurrogate(source, sourceText);
        _line = 1;
        _kind = TokenKind.StartOfFile;
    }

    /// <summary>The kind of the current token.</summary>
    public readonly TokenKind Kind => _kind;

    /// <summary>The byte offset at which the current token starts.</summary>
    public readonly int Start => _start;

    /// <summary>The byte offset just after the current token.</summary>
    public readonly int End => _end;

    /// <summary>The UTF-16 offset at which the current token starts, as graphql-js counts it.</summary>
    public readonly int Utf16Start => _utf16Start;

    /// <summary>The UTF-16 offset just after the current token.</summary>
    public readonly int Utf16End => _utf16End;

    /// <summary>The 1-based line of the current token.</summary>
    public readonly int Line => _tokenLine;

    /// <summary>The 1-based column of the current token, in UTF-16 code units.</summary>
    public readonly int Column => _tokenColumn;

    /// <summary>The current token's source bytes, quotes included for strings.</summary>
    public readonly ReadOnlySpan<byte> Raw => _source[_start.._end];

    /// <summary>Reads the next token.</summary>
    /// <returns><see langword="false"/> once the end of the source is reached.</returns>
    /// <exception cref="SyntaxException">The source holds an invalid token.</exception>
    public bool Read()
    {
        if (_kind == TokenKind.EndOfFile)
        {
            return false;
        }

        ReadOnlySpan<byte> source = _source;
        int position = _position;
        while (position < source.Length)
        {
            byte code = source[position];
            switch (code)
            {
                // https://spec.graphql.org/October2021/#sec-White-Space
                // https://spec.graphql.org/October2021/#sec-Insignificant-Commas
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position = SkipSpaces(source, position + 1);
                    continue;

                // https://spec.graphql.org/October2021/#sec-Line-Terminators
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    position = SkipSpaces(source, position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    NewLine(position);
                    continue;

                // https://spec.graphql.org/October2021/#sec-Unicode
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _utf16Delta += 2;
                    continue;

                // https://spec.graphql.org/October2021/#sec-Comments
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
            }

            BeginToken(position);
            switch (code)
            {
                case (byte)'!': return Punctuator(TokenKind.Bang, 1);
                case (byte)'$': return Punctuator(TokenKind.Dollar, 1);
                case (byte)'&': return Punctuator(TokenKind.Ampersand, 1);
                case (byte)'(': return Punctuator(TokenKind.LeftParenthesis, 1);
                case (byte)')': return Punctuator(TokenKind.RightParenthesis, 1);
                case (byte)':': return Punctuator(TokenKind.Colon, 1);
                case (byte)'=': return Punctuator(TokenKind.Equal, 1);
                case (byte)'@': return Punctuator(TokenKind.At, 1);
                case (byte)'[': return Punctuator(TokenKind.LeftBracket, 1);
                case (byte)']': return Punctuator(TokenKind.RightBracket, 1);
                case (byte)'{': return Punctuator(TokenKind.LeftBrace, 1);
                case (byte)'|': return Punctuator(TokenKind.Pipe, 1);
                case (byte)'}': return Punctuator(TokenKind.RightBrace, 1);
                case (byte)'.':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.')
                    {
                        return Punctuator(TokenKind.Spread, 3);
                    }

                    break;
                case (byte)'"':
                    if (position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
                    {
                        return ReadBlockString(position);
                    }

                    return ReadString(position);
            }

            if (IsDigit(code) || code == (byte)'-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == (byte)'\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : position == _loneSurrogateAt
                        ? $"Invalid character: {DescribeLoneSurrogate()}."
                        : $"Unexpected character: {DescribeCodePointAt(position)}.");
        }

        BeginToken(source.Length);
        _kind = TokenKind.EndOfFile;
        FinishToken(source.Length);
        return false;
    }

    /// <summary>The current Name token's value.</summary>
    /// <returns>The name, shared with earlier reads of the same name.</returns>
    public readonly string GetName() => NameCache.GetOrAdd(Raw);

    /// <summary>The current token's value: a name, the text of a number, or a string with escapes resolved
    /// and, for block strings, indentation removed.</summary>
    /// <returns>The value as graphql-js reports it.</returns>
    public readonly string GetValue() => _kind switch
    {
        TokenKind.Name => GetName(),
        TokenKind.Int or TokenKind.Float => Encoding.ASCII.GetString(Raw),
        TokenKind.String => DecodeString(_source[(_start + 1)..(_end - 1)], _hasEscapes),
        TokenKind.BlockString => BlockStringHelper.DecodeBlockString(_source[(_start + 3)..(_end - 3)]),
        _ => string.Empty,
    };

    internal readonly bool IsName(ReadOnlySpan<byte> keyword) =>
        _kind == TokenKind.Name && _end - _start == keyword.Length && Raw.SequenceEqual(keyword);

    internal readonly SyntaxException Error(int bytePosition, string description) =>
        SyntaxErrors.Create(_source, _sourceText, bytePosition, description);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    // https://spec.graphql.org/October2021/#NameStart
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    // https://spec.graphql.org/October2021/#NameContinue
    private static readonly SearchValues<byte> NameContinue =
        SearchValues.Create("_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CodeAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    // Indentation comes in runs of spaces; one tight loop beats a dispatch per byte.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpaces(ReadOnlySpan<byte> source, int position)
    {
        while ((uint)position < (uint)source.Length && source[position] == ' ')
        {
            position++;
        }

        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLine(int position)
    {
        _line++;
        _lineStartUtf16 = position - _utf16Delta;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(int position)
    {
        _start = position;
        _utf16Start = position - _utf16Delta;
        _tokenLine = _line;
        _tokenColumn = 1 + _utf16Start - _lineStartUtf16;
        _hasEscapes = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FinishToken(int end)
    {
        _end = end;
        _position = end;
        _utf16End = end - _utf16Delta;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Punctuator(TokenKind kind, int length)
    {
        _kind = kind;
        FinishToken(_start + length);
        return true;
    }

    // https://spec.graphql.org/October2021/#Name
    private bool ReadName(int start)
    {
        ReadOnlySpan<byte> rest = _source[(start + 1)..];
        int length = rest.IndexOfAnyExcept(NameContinue);
        int position = start + 1 + (length < 0 ? rest.Length : length);

        _kind = TokenKind.Name;
        FinishToken(position);
        return true;
    }

    // https://spec.graphql.org/October2021/#sec-Comments
    private int SkipComment(int position)
    {
        ReadOnlySpan<byte> rest = _source[position..];
        int length = rest.IndexOfAny((byte)'\n', (byte)'\r');
        if (length < 0)
        {
            length = rest.Length;
        }

        // A comment ends before an unpaired surrogate, which is then read as an invalid character.
        if (_loneSurrogateAt >= position && _loneSurrogateAt < position + length)
        {
            length = _loneSurrogateAt - position;
        }

        TrackNonAscii(rest[..length]);
        return position + length;
    }

    private void TrackNonAscii(ReadOnlySpan<byte> text)
    {
        if (!Ascii.IsValid(text))
        {
            _utf16Delta += text.Length - Encoding.UTF8.GetCharCount(text);
        }
    }

    // Advances over one non-ASCII sequence, keeping the UTF-16 offset in step with it.
    private int SkipNonAscii(int position)
    {
        OperationStatus status = Rune.DecodeFromUtf8(_source[position..], out Rune rune, out int consumed);
        _utf16Delta += consumed - (status == OperationStatus.Done ? rune.Utf16SequenceLength : 1);
        return position + consumed;
    }

    private readonly string DescribeCodePointAt(int position)
    {
        int code = CodeAt(position);
        if (code < 0)
        {
            return "<EOF>";
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        if (code >= 0x80)
        {
            code = Rune.DecodeFromUtf8(_source[position..], out Rune rune, out _) == OperationStatus.Done
                ? rune.Value
                : Rune.ReplacementChar.Value;
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
