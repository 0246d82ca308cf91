namespace KtPortal.GraphQL.Validation;

/// <summary>"Did you mean …?" helpers, computed like graphql-js <c>suggestionList</c> and <c>didYouMean</c>.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close to <paramref name="input"/> by lexical distance (Damerau-Levenshtein where a case
    /// change counts as one edit), nearest first, ties in natural order.
    /// </summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var measure = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = measure.Measure(option, threshold);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            result[i] = found[i].Option;
        }

        return result;
    }

    /// <summary>Formats <c> Did you mean "a", "b", or "c"?</c> (at most five), or an empty string.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>Formats <c> Did you mean {subMessage} "a" or "b"?</c> (at most five), or an empty string.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            builder.Append(subMessage).Append(' ');
        }

        switch (suggestions.Count)
        {
            case 1:
                return builder.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return builder.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : '\0';
                }
                while (char.IsAsciiDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : '\0';
                }
                while (char.IsAsciiDigit(bChar) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    private sealed class LexicalDistance(string input)
    {
        private readonly string _input = input;
        private readonly string _inputLowerCase = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        // Returns -1 when the distance exceeds the threshold.
        public int Measure(string option, int threshold)
        {
            if (string.Equals(_input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold)
            {
                return -1;
            }

            var rows = _rows;
            for (var j = 0; j <= bLength; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                        currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return -1;
                }
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : -1;
        }
    }
}
