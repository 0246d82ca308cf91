using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>JSON</c>: any JSON value. Runtime values are <see cref="JsonElement"/>s. Literals convert as the value they
/// spell: objects, lists, strings, booleans, null, and numbers with their exact text; enum values become strings,
/// as HotChocolate's <c>Any</c> and <c>JSON</c> scalars read them. Variables and results may be JSON elements or
/// CLR values (strings, booleans, numbers, dictionaries, lists), which are written out as JSON.
/// </summary>
// https://www.rfc-editor.org/rfc/rfc8259
public sealed class JsonType : ScalarType
{
    private JsonType()
        : base(
            "JSON",
            "Any JSON value: an object, array, string, number, boolean or null.",
            "https://www.rfc-editor.org/rfc/rfc8259")
    {
    }

    /// <summary>The shared instance.</summary>
    public static JsonType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(JsonElement);

    /// <inheritdoc/>
    public override string? ValidateLiteral(IValueNode literal) => null;

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return JsonValues.Write(writer => JsonValues.WriteLiteral(writer, literal));
    }

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => ToElement(externalValue);

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue is JsonElement ? runtimeValue : ToElement(runtimeValue);

    private static object ToElement(object? value)
    {
        if (value is JsonElement element)
        {
            return element.ValueKind == JsonValueKind.Undefined
                ? throw new CoercionException("JSON cannot represent value: undefined")
                : element;
        }

        try
        {
            return JsonValues.Write(writer => JsonValueWriter.WriteValue(writer, value, strict: true));
        }
        catch (NotSupportedException exception)
        {
            throw new CoercionException($"JSON cannot represent value: {JsInspect.Inspect(value)}", exception);
        }
    }
}
