using System.Text;

namespace KtPortal.GraphQL.Language;

public ref partial struct Utf8GraphQLLexer
{
    // A string may hold unpaired surrogates, which UTF-8 cannot; they were encoded as U+FFFD, and the
    // first one is remembered so that it is reported as graphql-js reports it.
    private static (int Position, int Code) FindLoneSurrogate(ReadOnlySpan<byte> source, string? sourceText)
    {
        if (sourceText is null)
        {
            return (-1, 0);
        }

        int index = sourceText.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0 && index < sourceText.Length)
        {
            if (char.IsHighSurrogate(sourceText[index]) && index + 1 < sourceText.Length && char.IsLowSurrogate(sourceText[index + 1]))
            {
                int next = sourceText.AsSpan(index + 2).IndexOfAnyInRange('\uD800', '\uDFFF');
                index = next < 0 ? -1 : index + 2 + next;
                continue;
            }

            int position = Encoding.UTF8.GetByteCount(sourceText.AsSpan(0, index));
            return position < source.Length ? (position, sourceText[index]) : (-1, 0);
        }

        return (-1, 0);
    }

    private readonly string DescribeLoneSurrogate() =>
        "U+" + _loneSurrogate.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    private readonly void ThrowIfLoneSurrogateWithin(int start, int end)
    {
        if (_loneSurrogateAt >= start && _loneSurrogateAt < end)
        {
            throw Error(_loneSurrogateAt, $"Invalid character within String: {DescribeLoneSurrogate()}.");
        }
    }
}
