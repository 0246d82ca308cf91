using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// What the scalars share: CLR and JSON values seen as the JavaScript values graphql-js coerces
/// (<c>Number(text)</c>, <c>Number.isInteger</c>), and <c>inspect</c> for error messages.
/// </summary>
internal static class ScalarValues
{
    // Deeper values print as [Array] / [Object] anyway, so conversion stops there.
    private const int MaxInspectDepth = 3;

    public static object BoxedTrue { get; } = true;

    public static object BoxedFalse { get; } = false;

    public static object BoxedZero { get; } = 0;

    public static object BoxedOne { get; } = 1;

    public static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    /// <summary>
    /// A JSON element as the plain value JSON.parse would give: strings, booleans, null, numbers (a
    /// <see cref="long"/> when the text is an integer that fits, else a <see cref="double"/>, infinite when it
    /// overflows). Objects and arrays stay elements. Anything else is returned unchanged.
    /// </summary>
    public static object? Unwrap(object? value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.True:
                return BoxedTrue;
            case JsonValueKind.False:
                return BoxedFalse;
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                {
                    return integer;
                }

                if (element.TryGetDouble(out var number))
                {
                    return number;
                }

                return element.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            default:
                return element;
        }
    }

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
    public static double ParseJsNumber(string text)
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

    /// <summary>graphql-js <c>inspect</c> for a CLR or JSON value.</summary>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string or bool or JsonElement or IEnumerable => ValueInspector.Inspect(ToCoerced(value, 0)),
        Enum e => e.ToString(),
        _ when TryGetNumber(value, out var number) => FormatNumber(value, number),
        _ => value.ToString() ?? value.GetType().Name,
    };

    /// <summary>JavaScript <c>String(number)</c> for a CLR number (integers print exactly).</summary>
    public static string FormatNumber(object value, double number) => value switch
    {
        long or ulong or uint or int or short or ushort or byte or sbyte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => JsNumberFormatter.Format(number),
    };

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

    private static CoercedValue ToCoerced(object? value, int depth)
    {
        value = Unwrap(value);
        switch (value)
        {
            case null:
                return CoercedValue.Null.Instance;
            case string text:
                return new CoercedValue.String(text);
            case bool boolean:
                return new CoercedValue.Boolean(boolean);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return depth >= MaxInspectDepth
                    ? Placeholder(isList: false, element.EnumerateObject().Any())
                    : new CoercedValue.Object([.. element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, ToCoerced(p.Value, depth + 1)))]);
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                return depth >= MaxInspectDepth
                    ? Placeholder(isList: true, element.GetArrayLength() > 0)
                    : new CoercedValue.List([.. element.EnumerateArray().Select(item => ToCoerced(item, depth + 1))]);
            case JsonElement:
                return new CoercedValue.String("undefined");
            case IDictionary dictionary:
                var fields = new List<KeyValuePair<string, CoercedValue>>();
                if (depth >= MaxInspectDepth)
                {
                    return Placeholder(isList: false, dictionary.Count > 0);
                }

                foreach (DictionaryEntry entry in dictionary)
                {
                    fields.Add(KeyValuePair.Create(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, ToCoerced(entry.Value, depth + 1)));
                }

                return new CoercedValue.Object(fields);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return depth >= MaxInspectDepth
                    ? Placeholder(isList: false, pairs.Any())
                    : new CoercedValue.Object([.. pairs.Select(p => KeyValuePair.Create(p.Key, ToCoerced(p.Value, depth + 1)))]);
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                return depth >= MaxInspectDepth
                    ? Placeholder(isList: true, list.Count > 0)
                    : new CoercedValue.List([.. list.Select(item => ToCoerced(item, depth + 1))]);
            default:
                return TryGetNumber(value, out var number)
                    ? new CoercedValue.Number(number)
                    : new CoercedValue.String(value.ToString() ?? value.GetType().Name);
        }
    }

    private static CoercedValue Placeholder(bool isList, bool hasItems)
    {
        if (isList)
        {
            return new CoercedValue.List(hasItems ? [new CoercedValue.List([])] : []);
        }

        return new CoercedValue.Object(hasItems ? [KeyValuePair.Create("_", (CoercedValue)CoercedValue.Null.Instance)] : []);
    }
}
