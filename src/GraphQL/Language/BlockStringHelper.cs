using System.Buffers;
using System.Text;

namespace KtPortal.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-String-Value.Block-Strings

/// <summary>Reads and writes block strings (<c>"""</c>) exactly as graphql-js does.</summary>
public static class BlockStringHelper
{
    /// <summary>
    /// Prints a value as a block string: <c>"""</c> escaped, and a leading and trailing line break added
    /// when that keeps the value intact and reads better.
    /// </summary>
    /// <param name="value">The block string's value.</param>
    /// <returns>The literal, quotes included.</returns>
    public static string Print(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        Print(builder, value);
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> survives a round trip through a block string unchanged.</summary>
    /// <param name="value">The string to test.</param>
    /// <returns><see langword="true"/> when printing the value as a block string keeps it intact.</returns>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    internal static void Print(StringBuilder builder, string value)
    {
        string escaped = value.Contains("\"\"\"", StringComparison.Ordinal)
            ? value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal)
            : value;

        bool isSingleLine = escaped.AsSpan().IndexOfAny('\n', '\r') < 0;
        bool forceLeadingNewLine = !isSingleLine && RestLinesStartWithWhiteSpace(escaped);
        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
    }

    // Every line after the first is empty or starts with white space.
    private static bool RestLinesStartWithWhiteSpace(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                i++;
            }

            if (i + 1 < value.Length && value[i + 1] is not ('\n' or '\r' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';

    // https://spec.graphql.org/October2021/#BlockStringValue()
    internal static string DecodeBlockString(ReadOnlySpan<byte> raw)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmptyLine = -1;
        int lastNonEmptyLine = -1;
        var lines = new LineReader(raw);
        while (lines.Next(out ReadOnlySpan<byte> line, out int index))
        {
            int indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = index;
            }

            lastNonEmptyLine = index;
            if (index != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            int written = 0;
            lines = new LineReader(raw);
            while (lines.Next(out ReadOnlySpan<byte> line, out int index) && index <= lastNonEmptyLine)
            {
                if (index < firstNonEmptyLine)
                {
                    continue;
                }

                if (index > firstNonEmptyLine)
                {
                    buffer[written++] = '\n';
                }

                if (index != 0)
                {
                    line = line.Length > commonIndent ? line[commonIndent..] : [];
                }

                written += WriteUnescaped(line, buffer[written..]);
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

    private static int LeadingWhiteSpace(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    // Decodes one line, turning each escaped triple quote (\""") into """.
    private static int WriteUnescaped(ReadOnlySpan<byte> line, Span<char> destination)
    {
        int written = 0;
        while (true)
        {
            int escape = line.IndexOf("\\\"\"\""u8);
            ReadOnlySpan<byte> chunk = escape < 0 ? line : line[..escape];
            written += Encoding.UTF8.GetChars(chunk, destination[written..]);
            if (escape < 0)
            {
                return written;
            }

            destination[written++] = '"';
            destination[written++] = '"';
            destination[written++] = '"';
            line = line[(escape + 4)..];
        }
    }

    private ref struct LineReader(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _position;
        private int _index = -1;

        public bool Next(out ReadOnlySpan<byte> line, out int index)
        {
            if (_position > _text.Length)
            {
                line = default;
                index = _index;
                return false;
            }

            ReadOnlySpan<byte> rest = _text[_position..];
            int end = rest.IndexOfAny((byte)'\n', (byte)'\r');
            index = ++_index;
            if (end < 0)
            {
                line = rest;
                _position = _text.Length + 1;
                return true;
            }

            line = rest[..end];
            _position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            return true;
        }
    }
}
