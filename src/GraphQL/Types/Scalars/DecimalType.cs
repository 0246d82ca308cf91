using System.Globalization;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number. Runtime values are <see cref="decimal"/>. Literals (Int, Float or
/// String) and JSON numbers are read from their text, never through a double, so <c>0.1</c> stays 0.1; output is
/// a JSON number with the decimal's digits. Values beyond ±79,228,162,514,264,337,593,543,950,335 are errors;
/// digits beyond the 28th significant one are rounded.
/// </summary>
// https://learn.microsoft.com/dotnet/api/system.decimal
public sealed class DecimalType : ScalarType
{
    private DecimalType()
        : base(
            "Decimal",
            "An exact decimal number of up to 28 significant digits, written as a JSON number such as `12.50`.",
            "https://learn.microsoft.com/dotnet/api/system.decimal")
    {
    }

    /// <summary>The shared instance.</summary>
    public static DecimalType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(decimal);

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            IntValueNode number => ParseText(number.Value, number.Value),
            FloatValueNode number => ParseText(number.Value, number.Value),
            StringValueNode text => ParseText(text.Value, JsInspect.Inspect(text.Value)),
            _ => throw NonNumeric(SyntaxPrinter.Print(literal)),
        };
    }

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        decimal => externalValue,
        JsonElement { ValueKind: JsonValueKind.Number } element => ParseText(element.GetRawText(), element.GetRawText()),
        JsonElement { ValueKind: JsonValueKind.String } element => ParseText(element.GetString()!, JsInspect.Inspect(element.GetString())),
        string text => ParseText(text, JsInspect.Inspect(text)),
        _ => FromNumber(externalValue),
    };

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue switch
    {
        decimal => runtimeValue,
        string text => ParseText(text, JsInspect.Inspect(text)),
        _ => FromNumber(runtimeValue),
    };

    /// <summary>Parses decimal text (optional sign, fraction and exponent) without going through a double.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static object ParseText(string text, string shown)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        // The text is a number, so what failed is its size.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && text.Any(char.IsAsciiDigit)
            ? throw new CoercionException($"Decimal cannot represent a value outside its range: {shown}")
            : throw NonNumeric(shown);
    }

    private static object FromNumber(object? value)
    {
        switch (value)
        {
            case int i:
                return (decimal)i;
            case long l:
                return (decimal)l;
            case double or float when JsNumber.TryGetNumber(value, out var number):
                // A double's shortest round-trip text is the value its writer meant: 0.1, not 0.1000000000000000055.
                return double.IsFinite(number)
                    ? ParseText(number.ToString("R", CultureInfo.InvariantCulture), JsNumber.Format(number))
                    : throw NonNumeric(JsNumber.Format(number));
            default:
                return JsNumber.TryGetNumber(value, out var other)
                    ? Convert.ToDecimal(value, CultureInfo.InvariantCulture)
                    : throw NonNumeric(JsInspect.Inspect(value));
        }
    }

    private static CoercionException NonNumeric(string shown) => new($"Decimal cannot represent non numeric value: {shown}");
}
