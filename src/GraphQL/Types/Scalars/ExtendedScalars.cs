using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// The scalars beyond the spec's five (DateTime, Date, Decimal, UUID, URL, JSON), and which scalar a CLR type
/// maps to when a schema is built from C# types.
/// </summary>
public static class ExtendedScalars
{
    private static readonly Dictionary<Type, ScalarType> ByClrType = new()
    {
        [typeof(string)] = SpecifiedScalars.String,
        [typeof(int)] = SpecifiedScalars.Int,
        [typeof(short)] = SpecifiedScalars.Int,
        [typeof(byte)] = SpecifiedScalars.Int,
        [typeof(double)] = SpecifiedScalars.Float,
        [typeof(float)] = SpecifiedScalars.Float,
        [typeof(bool)] = SpecifiedScalars.Boolean,
        [typeof(decimal)] = DecimalType.Instance,
        [typeof(Guid)] = UuidType.Instance,
        [typeof(DateTimeOffset)] = DateTimeType.Instance,
        [typeof(DateTime)] = DateTimeType.Instance,
        [typeof(DateOnly)] = DateType.Instance,
        [typeof(Uri)] = UrlType.Instance,
        [typeof(JsonElement)] = JsonType.Instance,
    };

    /// <summary>The extra scalars, in the order they are listed above.</summary>
    public static IReadOnlyList<ScalarType> All { get; } =
    [
        DateTimeType.Instance,
        DateType.Instance,
        DecimalType.Instance,
        UuidType.Instance,
        UrlType.Instance,
        JsonType.Instance,
    ];

    /// <summary>
    /// The scalar for a CLR type: string, int, short, byte, double, float, bool, decimal, Guid, DateTimeOffset,
    /// DateTime, DateOnly, Uri or JsonElement, or a <see cref="Nullable{T}"/> of one. The scalar's runtime type may
    /// be wider than the CLR type (short reads back as <see cref="int"/>, DateTime as <see cref="DateTimeOffset"/>),
    /// so input values are converted to the CLR type by the caller.
    /// </summary>
    public static bool TryGetScalarFor(Type clrType, [NotNullWhen(true)] out ScalarType? scalar)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        return ByClrType.TryGetValue(Nullable.GetUnderlyingType(clrType) ?? clrType, out scalar);
    }
}
