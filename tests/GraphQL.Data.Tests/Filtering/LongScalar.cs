using System.Globalization;
using System.Text.Json;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>A 64-bit integer scalar named <c>Long</c>, as HotChocolate has, for the test of long members.</summary>
public sealed class LongScalar : ScalarType
{
    public LongScalar()
        : base("Long", "A 64-bit signed integer.")
    {
    }

    public override Type RuntimeType => typeof(long);

    public override object? ParseLiteral(IValueNode literal) => literal is IntValueNode number
        ? long.Parse(number.Value, CultureInfo.InvariantCulture)
        : throw new CoercionException($"Long cannot represent a non-integer value: {literal}");

    public override object? ParseValue(object? externalValue) => externalValue switch
    {
        long value => value,
        int value => (long)value,
        JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var value) => value,
        _ => throw new CoercionException($"Long cannot represent: {externalValue}"),
    };

    public override object? Serialize(object runtimeValue) => runtimeValue;
}
