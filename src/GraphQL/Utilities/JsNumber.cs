using System.Globalization;
using System.Text;

namespace KtPortal.GraphQL.Utilities;

/// <summary>
/// CLR numbers seen as JavaScript numbers: <c>String(number)</c>, <c>Number(text)</c> and <c>Number.isInteger</c>,
/// which graphql-js's coercion and messages rely on.
/// </summary>
internal static class JsNumber
{
    private const double MaxSafeInteger = 9_007_199_254_740_991;

    /// <summary>
    /// JavaScript's <c>String(number)</c>: the shortest digits that read back as the same number, plain up to 21
    /// integer digits and down to 6 leading zeros, otherwise <c>1.5e+30</c> style.
    /// </summary>
    // https://tc39.es/ecma262/#sec-numeric-types-number-tostring
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // Results are mostly whole numbers; they need no digit analysis.
        if (value is >= -MaxSafeInteger and <= MaxSafeInteger && Math.Floor(value) == value)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var builder = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            builder.Append('-');
        }

        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (n > -6 && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>JavaScript <c>String(number)</c> for a CLR number; integer types print exactly.</summary>
    public static string Format(object value, double number) => value switch
    {
        long or ulong or uint or int or short or ushort or byte or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Format(number),
    };

    /// <summary>Whether <paramref name="value"/> is a CLR number, and its value as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case double d:
                number = d;
                return true;
            case float f:
                number = FloatToDouble(f);
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short s:
                number = s;
                return true;
            case byte b:
                number = b;
                return true;
            case sbyte sb:
                number = sb;
                return true;
            case ushort us:
                number = us;
                return true;
            case uint ui:
                number = ui;
                return true;
            case ulong ul:
                number = ul;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    // A float widened bit for bit shows digits nobody wrote (0.1f is 0.10000000149011612); its shortest text does not.
    public static double FloatToDouble(float value)
        => float.IsFinite(value)
            ? double.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            : value;

    /// <summary>JavaScript <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JavaScript <c>Number(text)</c>: trimmed decimal, hex, octal or binary text, or NaN.</summary>
    // https://tc39.es/ecma262/#sec-stringtonumber
    public static double Parse(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return 0;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && RadixOf(trimmed[1]) is var radix and > 0)
        {
            return ParseRadix(trimmed[2..], radix);
        }

        switch (trimmed)
        {
            case "Infinity" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        foreach (var c in trimmed)
        {
            // double.Parse would also take "NaN", "∞" or thousands separators, which JavaScript does not.
            if (c is not ((>= '0' and <= '9') or '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && HasDigitBeforeExponent(trimmed)
            ? result
            : double.NaN;
    }

    // Splits .NET's shortest round-trip text into significant digits and the decimal point's position:
    // value = 0.digits × 10^pointPosition.
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var exponentIndex = text.IndexOfAny(['E', 'e']);
        if (exponentIndex >= 0)
        {
            exponent = int.Parse(text.AsSpan(exponentIndex + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..exponentIndex];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot >= 0 ? dot : text.Length;
        var allDigits = dot >= 0 ? text.Remove(dot, 1) : text;
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        var significant = allDigits[leadingZeros..].TrimEnd('0');
        return (significant, integerDigits - leadingZeros + exponent);
    }

    private static int RadixOf(char marker) => marker switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    private static bool HasDigitBeforeExponent(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }

            if (c is 'e' or 'E')
            {
                return false;
            }
        }

        return false;
    }
}
