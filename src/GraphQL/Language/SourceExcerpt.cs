using System.Globalization;
using System.Text;

namespace KtPortal.GraphQL.Language;

/// <summary>Renders the source lines around a location with a caret under the column, as graphql-js does.</summary>
internal static class SourceExcerpt
{
    private const string SourceName = "GraphQL request";

    public static string Print(string text, int line, int column)
    {
        List<string> lines = SplitLines(text);
        int lineIndex = line - 1;
        string locationLine = lineIndex < lines.Count ? lines[lineIndex] : string.Empty;
        string header = string.Create(CultureInfo.InvariantCulture, $"{SourceName}:{line}:{column}\n");
        var rows = new List<(string Prefix, string? Line)>(6);

        // Minified documents: show the 80-character slice around the column.
        if (locationLine.Length > 120)
        {
            int subLineIndex = column / 80;
            int subLineColumn = column % 80;
            var subLines = new List<string>();
            for (int i = 0; i < locationLine.Length; i += 80)
            {
                subLines.Add(locationLine.Substring(i, Math.Min(80, locationLine.Length - i)));
            }

            rows.Add(($"{line} |", subLines[0]));
            for (int i = 1; i <= subLineIndex && i < subLines.Count; i++)
            {
                rows.Add(("|", subLines[i]));
            }

            rows.Add(("|", Caret(subLineColumn)));
            rows.Add(("|", subLineIndex + 1 < subLines.Count ? subLines[subLineIndex + 1] : null));
        }
        else
        {
            rows.Add(($"{line - 1} |", lineIndex > 0 ? lines[lineIndex - 1] : null));
            rows.Add(($"{line} |", locationLine));
            rows.Add(("|", Caret(column)));
            rows.Add(($"{line + 1} |", lineIndex + 1 < lines.Count ? lines[lineIndex + 1] : null));
        }

        int width = 0;
        foreach ((string prefix, string? content) in rows)
        {
            if (content is not null)
            {
                width = Math.Max(width, prefix.Length);
            }
        }

        var builder = new StringBuilder(header);
        bool first = true;
        foreach ((string prefix, string? content) in rows)
        {
            if (content is null)
            {
                continue;
            }

            if (!first)
            {
                builder.Append('\n');
            }

            first = false;
            builder.Append(prefix.PadLeft(width));
            if (content.Length > 0)
            {
                builder.Append(' ').Append(content);
            }
        }

        return builder.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static string Caret(int column) => "^".PadLeft(Math.Max(column, 1));
}
