using System.Text.Json;

namespace KtPortal.GraphQL.Types;

/// <summary>What the scalars share: boxed constants, and JSON values seen as the JavaScript values graphql-js coerces.</summary>
internal static class ScalarValues
{
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
}
