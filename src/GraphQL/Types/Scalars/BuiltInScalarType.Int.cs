using System.Globalization;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

internal sealed partial class BuiltInScalarType
{
    // https://spec.graphql.org/October2021/#sec-Int.Input-Coercion
    private static object ParseIntLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {SyntaxPrinter.Print(literal)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    private static object ParseIntValue(object? value)
    {
        if (value is int)
        {
            return value;
        }

        if (!JsNumber.TryGetNumber(value, out var number) || !IsIntegral(value!, number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        return ToInt32(value!, number)
            ?? throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(value!, number)}");
    }

    // https://spec.graphql.org/October2021/#sec-Int.Result-Coercion
    private static object SerializeInt(object value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool boolean:
                return boolean ? ScalarValues.BoxedOne : ScalarValues.BoxedZero;
            case string { Length: > 0 } text:
                var parsed = JsNumber.Parse(text);
                if (!JsNumber.IsInteger(parsed))
                {
                    throw new CoercionException($"Int cannot represent non-integer value: {JsInspect.Inspect(text)}");
                }

                return ToInt32(parsed, parsed)
                    ?? throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsInspect.Inspect(text)}");
            case System.Text.Json.JsonElement:
                return ScalarValues.Unwrap(value) is { } unwrapped and not System.Text.Json.JsonElement
                    ? SerializeInt(unwrapped)
                    : throw new CoercionException($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        if (!JsNumber.TryGetNumber(value, out var number) || !IsIntegral(value, number))
        {
            throw new CoercionException($"Int cannot represent non-integer value: {JsInspect.Inspect(value)}");
        }

        return ToInt32(value, number)
            ?? throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {JsInspect.Inspect(value)}");
    }

    // Decimals are checked in decimal: 1.0000000000000000001m is no integer, though its double is.
    private static bool IsIntegral(object value, double number)
        => value is decimal m ? decimal.Truncate(m) == m : JsNumber.IsInteger(number);

    private static object? ToInt32(object value, double number) => value switch
    {
        long l => l is >= int.MinValue and <= int.MaxValue ? (int)l : null,
        ulong ul => ul <= int.MaxValue ? (int)ul : null,
        decimal m => m is >= int.MinValue and <= int.MaxValue ? (int)m : null,
        _ => number is >= int.MinValue and <= int.MaxValue ? (int)number : null,
    };
}
