using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Utilities;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// <c>URL</c>: an absolute URI with a scheme (<c>https:</c>, <c>mailto:</c>, <c>urn:</c> …). Runtime values are
/// absolute <see cref="Uri"/>s; output is <see cref="Uri.AbsoluteUri"/>, so it is escaped and normalised. Relative
/// references and bare paths (which .NET would read as <c>file:</c> URIs) are refused.
/// </summary>
// https://www.rfc-editor.org/rfc/rfc3986#section-4.3
public sealed class UrlType : ScalarType
{
    private const string Format = "URL";

    private UrlType()
        : base(
            "URL",
            "An absolute URL with a scheme, as an RFC 3986 string such as `https://example.com/path?q=1`.",
            "https://www.rfc-editor.org/rfc/rfc3986")
    {
    }

    /// <summary>The shared instance.</summary>
    public static UrlType Instance { get; } = new();

    /// <inheritdoc/>
    public override Type RuntimeType => typeof(Uri);

    /// <inheritdoc/>
    public override object? ParseLiteral(IValueNode literal) => TextScalar.ParseLiteral<Uri>(this, literal, TryParse, Format);

    /// <inheritdoc/>
    public override object? ParseValue(object? externalValue)
        => externalValue is Uri { IsAbsoluteUri: false } relative
            ? throw new CoercionException($"URL cannot represent an invalid URL string: {JsInspect.Inspect(relative.OriginalString)}")
            : TextScalar.ParseValue<Uri>(this, externalValue, TryParse, Format);

    /// <inheritdoc/>
    public override object? Serialize(object runtimeValue) => runtimeValue switch
    {
        Uri { IsAbsoluteUri: true } value => value.AbsoluteUri,
        Uri value => throw new CoercionException($"URL cannot represent an invalid URL string: {JsInspect.Inspect(value.OriginalString)}"),
        string text => TextScalar.SerializeText<Uri>(this, text, TryParse, u => u.AbsoluteUri, Format),
        _ => throw TextScalar.NotRepresentable(this, runtimeValue),
    };

    /// <summary>Parses an absolute URI whose text starts with its scheme.</summary>
    public static bool TryParse(string text, out Uri value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && text.Length > uri.Scheme.Length
            && text[uri.Scheme.Length] == ':'
            && text.StartsWith(uri.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            value = uri;
            return true;
        }

        value = null!;
        return false;
    }
}
