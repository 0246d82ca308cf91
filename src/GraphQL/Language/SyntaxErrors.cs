using System.Text;

namespace KtPortal.GraphQL.Language;

/// <summary>Builds <see cref="SyntaxException"/>s with graphql-js's wording and positions.</summary>
internal static class SyntaxErrors
{
    public static SyntaxException Create(ReadOnlySpan<byte> source, string? sourceText, int bytePosition, string description)
    {
        string text = sourceText ?? Encoding.UTF8.GetString(source);
        int position = Encoding.UTF8.GetCharCount(source[..Math.Clamp(bytePosition, 0, source.Length)]);
        (int line, int column) = GetLocation(text, position);
        return new SyntaxException("Syntax Error: " + description, text, position, line, column);
    }

    // Lines end at \r\n, \n or \r; a break at or after the position does not count.
    public static (int Line, int Column) GetLocation(string text, int position)
    {
        int lastLineStart = 0;
        int line = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            if (i >= position)
            {
                break;
            }

            int length = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            lastLineStart = i + length;
            line++;
            i += length - 1;
        }

        return (line, position + 1 - lastLineStart);
    }
}
