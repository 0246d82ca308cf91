using System.Buffers;
using System.Text;

namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLLexer
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create("\"\\\n\r"u8);

    // https://spec.graphql.org/October2021/#StringValue
    private bool ReadString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start + 1;
        while (position < source.Length)
        {
            ReadOnlySpan<byte> rest = source[position..];
            int stop = rest.IndexOfAny(StringStops);
            ThrowIfLoneSurrogateWithin(position, stop < 0 ? source.Length : position + stop);
            if (stop < 0)
            {
                TrackNonAscii(rest);
                position = source.Length;
                break;
            }

            TrackNonAscii(rest[..stop]);
            position += stop;
            byte code = source[position];
            if (code == '"')
            {
                _kind = TokenKind.String;
                FinishToken(position + 1);
                return true;
            }

            if (code != '\\')
            {
                break;
            }

            _hasEscapes = true;
            position += ReadEscape(position);
        }

        throw Error(position, "Unterminated string.");
    }

    // https://spec.graphql.org/October2021/#EscapedCharacter
    // https://spec.graphql.org/October2021/#EscapedUnicode
    private readonly int ReadEscape(int position)
    {
        switch (CodeAt(position + 1))
        {
            case 'u':
                return CodeAt(position + 2) == '{'
                    ? ReadVariableWidthUnicodeEscape(position)
                    : ReadFixedWidthUnicodeEscape(position);
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return 2;
            default:
                throw Error(position, $"Invalid character escape sequence: \"{SliceUtf16(position, 2)}\".");
        }
    }

    private readonly int ReadVariableWidthUnicodeEscape(int position)
    {
        int point = 0;
        int size = 3;

        // At most \u{00000000}: eight hex digits.
        while (size < 12)
        {
            int code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, size)}\".");
    }

    private readonly int ReadFixedWidthUnicodeEscape(int position)
    {
        int code = ReadHex4(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            return 6;
        }

        // A surrogate pair written as two escapes, as JSON allows.
        if (IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u'
            && IsTrailingSurrogate(ReadHex4(position + 8)))
        {
            return 12;
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, 6)}\".");
    }

    // https://spec.graphql.org/October2021/#BlockString
    private bool ReadBlockString(int start)
    {
        ReadOnlySpan<byte> source = _source;
        int position = start + 3;
        while (position < source.Length)
        {
            byte code = source[position];
            if (code == '"' && position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
            {
                _kind = TokenKind.BlockString;
                FinishToken(position + 3);
                return true;
            }

            if (code == '\\' && position + 3 < source.Length && source[position + 1] == '"'
                && source[position + 2] == '"' && source[position + 3] == '"')
            {
                position += 4;
                continue;
            }

            if (code == '\n')
            {
                position++;
                NewLine(position);
            }
            else if (code == '\r')
            {
                position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                NewLine(position);
            }
            else if (code < 0x80)
            {
                position++;
            }
            else
            {
                ThrowIfLoneSurrogateWithin(position, position + 1);
                position = SkipNonAscii(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    internal static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    internal static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    internal static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    internal static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private readonly int ReadHex4(int position) =>
        (HexValue(CodeAt(position)) << 12) | (HexValue(CodeAt(position + 1)) << 8)
        | (HexValue(CodeAt(position + 2)) << 4) | HexValue(CodeAt(position + 3));

    // The source text from a byte offset spanning a number of UTF-16 code units, as graphql-js slices it.
    private readonly string SliceUtf16(int position, int units)
    {
        int end = position;
        int counted = 0;
        while (counted < units && end < _source.Length)
        {
            if (_source[end] < 0x80)
            {
                end++;
                counted++;
                continue;
            }

            OperationStatus status = Rune.DecodeFromUtf8(_source[end..], out Rune rune, out int consumed);
            end += consumed;
            counted += status == OperationStatus.Done ? rune.Utf16SequenceLength : 1;
        }

        return Encoding.UTF8.GetString(_source[position..end]);
    }

    internal static string DecodeString(ReadOnlySpan<byte> raw, bool hasEscapes)
    {
        if (!hasEscapes)
        {
            return raw.IsEmpty ? string.Empty : Encoding.UTF8.GetString(raw);
        }

        char[]? rented = null;
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            int written = 0;
            int index = 0;
            while (index < raw.Length)
            {
                int slash = raw[index..].IndexOf((byte)'\\');
                ReadOnlySpan<byte> chunk = slash < 0 ? raw[index..] : raw.Slice(index, slash);
                written += Encoding.UTF8.GetChars(chunk, buffer[written..]);
                if (slash < 0)
                {
                    break;
                }

                index += slash;
                index += WriteEscape(raw, index, buffer, ref written);
            }

            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Writes the value of an escape sequence the lexer has already validated; returns its length.
    private static int WriteEscape(ReadOnlySpan<byte> raw, int index, Span<char> buffer, ref int written)
    {
        byte kind = raw[index + 1];
        if (kind != 'u')
        {
            buffer[written++] = kind switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)kind,
            };
            return 2;
        }

        if (raw[index + 2] == '{')
        {
            int point = 0;
            int position = index + 3;
            while (raw[position] != '}')
            {
                point = (point << 4) | HexValue(raw[position++]);
            }

            written += new Rune(point).EncodeToUtf16(buffer[written..]);
            return position + 1 - index;
        }

        int code = Hex4(raw, index + 2);
        buffer[written++] = (char)code;
        if (IsLeadingSurrogate(code))
        {
            buffer[written++] = (char)Hex4(raw, index + 8);
            return 12;
        }

        return 6;
    }

    private static int Hex4(ReadOnlySpan<byte> raw, int position) =>
        (HexValue(raw[position]) << 12) | (HexValue(raw[position + 1]) << 8)
        | (HexValue(raw[position + 2]) << 4) | HexValue(raw[position + 3]);
}
