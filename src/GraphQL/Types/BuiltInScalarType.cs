using System.Globalization;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>The five scalars the spec defines, with their literal input coercion rules.</summary>
// https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars
internal sealed class BuiltInScalarType : ScalarType
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

    // graphql-js compares the parsed double against the 32-bit bounds, so "1e3"-like forms never reach here
    // and very long digit strings are simply out of range.
    private static bool IsInt32(string text)
        => double.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
           && value is >= int.MinValue and <= int.MaxValue;
}
