using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>UUID</c>: an RFC 9562 UUID. Runtime values are <see cref="Guid"/>. Output is lowercase with hyphens
/// (<c>D</c> format); input takes that form in either case, or the 32 hex digits without hyphens (<c>N</c>).
/// Braced and parenthesised forms are refused, so one value has few spellings.
/// </summary>
// https://www.rfc-editor.org/rfc/rfc9562
public sealed class UuidType : ScalarType
{
    private const string Format = "UUID";

    private UuidType()
        : base(
            "UUID",
            "A universally unique identifier, as 32 hexadecimal digits in groups of 8-4-4-4-12 such as `0f8fad5b-d9cb-469f-a165-70867728950e`.",
            "https://www.rfc-editor.org/rfc/rfc9562")
    {
    }

    /// <summary>The shared instance.</summary>
    public static UuidType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(Guid);

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal) => TextScalar.ParseLiteral<Guid>(this, literal, TryParse, Format);

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue) => TextScalar.ParseValue<Guid>(this, externalValue, TryParse, Format);

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue switch
    {
        Guid value => Print(value),
        string text => TextScalar.SerializeText<Guid>(this, text, TryParse, Print, Format),
        _ => throw TextScalar.NotRepresentable(this, runtimeValue),
    };

    /// <summary>The output form: lowercase, hyphenated.</summary>
    public static string Print(Guid value) => value.ToString("D");

    /// <summary>Parses the hyphenated (<c>D</c>) or plain (<c>N</c>) form.</summary>
    public static bool TryParse(string text, out Guid value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guid.TryParseExact(text, "D", out value) || Guid.TryParseExact(text, "N", out value);
    }
}
