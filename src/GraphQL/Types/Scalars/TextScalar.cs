using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Coercion shared by the scalars that travel as strings (DateTime, Date, UUID, URL): literals and variables
/// must be strings in the scalar's format; results may be the runtime type or such a string.
/// </summary>
internal static class TextScalar
{
    public delegate bool TryParse<T>(string text, out T value);

    public static T ParseLiteral<T>(ScalarType scalar, IValueNode literal, TryParse<T> tryParse, string format)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not StringValueNode text)
        {
            throw NonString(scalar, SyntaxPrinter.Print(literal));
        }

        return tryParse(text.Value, out var value) ? value : throw Invalid(scalar, format, text.Value);
    }

    public static object ParseValue<T>(ScalarType scalar, object? externalValue, TryParse<T> tryParse, string format)
        where T : notnull
    {
        if (externalValue is T runtimeValue)
        {
            return runtimeValue;
        }

        var value = externalValue is JsonElement { ValueKind: JsonValueKind.String } element ? element.GetString() : externalValue;
        if (value is not string text)
        {
            throw NonString(scalar, JsInspect.Inspect(externalValue));
        }

        return tryParse(text, out var parsed) ? parsed : throw Invalid(scalar, format, text);
    }

    /// <summary>A string result is checked and written in canonical form; anything else is not this scalar.</summary>
    public static string SerializeText<T>(ScalarType scalar, string text, TryParse<T> tryParse, Func<T, string> print, string format)
        => tryParse(text, out var value) ? print(value) : throw Invalid(scalar, format, text);

    public static CoercionException NotRepresentable(ScalarType scalar, object? value)
        => new($"{scalar.Name} cannot represent value: {JsInspect.Inspect(value)}");

    private static CoercionException NonString(ScalarType scalar, string printed)
        => new($"{scalar.Name} cannot represent a non string value: {printed}");

    private static CoercionException Invalid(ScalarType scalar, string format, string text)
        => new($"{scalar.Name} cannot represent an invalid {format} string: {JsInspect.Inspect(text)}");
}
