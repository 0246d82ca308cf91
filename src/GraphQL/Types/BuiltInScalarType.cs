using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// The five scalars the spec defines, coercing exactly as graphql-js <c>GraphQLInt</c>, <c>GraphQLFloat</c>,
/// <c>GraphQLString</c>, <c>GraphQLBoolean</c> and <c>GraphQLID</c> do, with CLR numbers standing in for
/// JavaScript numbers. Each kind's coercion lives in <c>Scalars/BuiltInScalarType.{Kind}.cs</c>.
/// </summary>
// https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars
internal sealed partial class BuiltInScalarType : ScalarType
{
    private readonly Kinds _kind;

    private BuiltInScalarType(string name, string description, Kinds kind)
        : base(name, description)
        => _kind = kind;

    private enum Kinds
    {
        Int,
        Float,
        String,
        Boolean,
        Id,
    }

    public static BuiltInScalarType Int { get; } = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        Kinds.Int);

    public static BuiltInScalarType Float { get; } = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        Kinds.Float);

    public static BuiltInScalarType String { get; } = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        Kinds.String);

    public static BuiltInScalarType Boolean { get; } = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        Kinds.Boolean);

    public static BuiltInScalarType Id { get; } = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        Kinds.Id);

    /// <summary><see cref="int"/>, <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>, or <see cref="string"/> for ID.</summary>
    public override Type RuntimeType => _kind switch
    {
        Kinds.Int => typeof(int),
        Kinds.Float => typeof(double),
        Kinds.Boolean => typeof(bool),
        _ => typeof(string),
    };

    // https://spec.graphql.org/October2021/#sec-Int.Input-Coercion
    public override string? ValidateLiteral(IValueNode literal) => _kind switch
    {
        Kinds.Int => literal is IntValueNode intValue
            ? IsInt32(intValue.Value) ? null : $"Int cannot represent non 32-bit signed integer value: {intValue.Value}"
            : $"Int cannot represent non-integer value: {SyntaxPrinter.Print(literal)}",
        Kinds.Float => literal is IntValueNode or FloatValueNode
            ? null
            : $"Float cannot represent non numeric value: {SyntaxPrinter.Print(literal)}",
        Kinds.String => literal is StringValueNode
            ? null
            : $"String cannot represent a non string value: {SyntaxPrinter.Print(literal)}",
        Kinds.Boolean => literal is BooleanValueNode
            ? null
            : $"Boolean cannot represent a non boolean value: {SyntaxPrinter.Print(literal)}",
        _ => literal is StringValueNode or IntValueNode
            ? null
            : $"ID cannot represent a non-string and non-integer value: {SyntaxPrinter.Print(literal)}",
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return _kind switch
        {
            Kinds.Int => ParseIntLiteral(literal),
            Kinds.Float => ParseFloatLiteral(literal),
            Kinds.String => ParseStringLiteral(literal),
            Kinds.Boolean => ParseBooleanLiteral(literal),
            _ => ParseIdLiteral(literal),
        };
    }

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue)
    {
        var value = ScalarValues.Unwrap(externalValue);
        return _kind switch
        {
            Kinds.Int => ParseIntValue(value),
            Kinds.Float => ParseFloatValue(value),
            Kinds.String => ParseStringValue(value),
            Kinds.Boolean => ParseBooleanValue(value),
            _ => ParseIdValue(value),
        };
    }

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue)
    {
        ArgumentNullException.ThrowIfNull(runtimeValue);
        return _kind switch
        {
            Kinds.Int => SerializeInt(runtimeValue),
            Kinds.Float => SerializeFloat(runtimeValue),
            Kinds.String => SerializeString(runtimeValue),
            Kinds.Boolean => SerializeBoolean(runtimeValue),
            _ => SerializeId(runtimeValue),
        };
    }

    // graphql-js compares the parsed double against the 32-bit bounds, so "1e3"-like forms never reach here
    // and very long digit strings are simply out of range.
    private static bool IsInt32(string text)
        => double.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
           && value is >= int.MinValue and <= int.MaxValue;
}
