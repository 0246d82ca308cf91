using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KtPortal.Api.OAuth.Jose;

/// <summary>
/// A JWS in compact serialization (RFC 7515 §7.1): <c>BASE64URL(header).BASE64URL(payload).BASE64URL(signature)</c>.
/// https://www.rfc-editor.org/rfc/rfc7515#section-7.1
/// </summary>
internal sealed class JwsCompact
{
    // Far above any token we issue; a bound keeps a hostile header from costing much.
    private const int MaxLength = 16 * 1024;

    /// <summary>
    /// JSON for tokens, not HTML: <c>at+jwt</c> stays as it is instead of <c>at\u002Bjwt</c>. Still valid JSON.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Header and claims parsing: a repeated member is refused outright (RFC 7515 §4 and RFC 7519 §4 allow
    /// rejecting it), so no two parsers can read different values from one token.
    /// </summary>
    public static JsonDocumentOptions ReaderOptions { get; } = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    private JwsCompact(string? algorithm, string? type, string? kid, bool hasCritical, byte[] signingInput, byte[] payload, byte[] signature)
    {
        Algorithm = algorithm;
        Type = type;
        Kid = kid;
        HasCritical = hasCritical;
        SigningInput = signingInput;
        Payload = payload;
        Signature = signature;
    }

    /// <summary>The header's <c>alg</c>.</summary>
    public string? Algorithm { get; }

    /// <summary>The header's <c>typ</c>.</summary>
    public string? Type { get; }

    /// <summary>The header's <c>kid</c>.</summary>
    public string? Kid { get; }

    /// <summary>Whether the header has <c>crit</c>: we understand no extension, so such a token is refused.</summary>
    public bool HasCritical { get; }

    /// <summary>The ASCII bytes the signature covers: the first two parts and the dot between them.</summary>
    public byte[] SigningInput { get; }

    /// <summary>The decoded payload.</summary>
    public byte[] Payload { get; }

    /// <summary>The decoded signature.</summary>
    public byte[] Signature { get; }

    /// <summary>Signs <paramref name="payloadJson"/> with <paramref name="key"/>.</summary>
    /// <param name="key">The private key.</param>
    /// <param name="type">The <c>typ</c> header, e.g. <c>at+jwt</c>.</param>
    /// <param name="payloadJson">The claims, as UTF-8 JSON.</param>
    public static string Sign(JwsKey key, string type, ReadOnlySpan<byte> payloadJson)
    {
        using var header = new MemoryStream();
        using (var writer = new Utf8JsonWriter(header, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", key.AlgorithmName);
            writer.WriteString("typ", type);
            writer.WriteString("kid", key.Kid);
            writer.WriteEndObject();
        }

        var signingInput = Base64Url.Encode(header.ToArray()) + "." + Base64Url.Encode(payloadJson);
        var signature = key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.Encode(signature);
    }

    /// <summary>Splits and decodes a compact JWS; false when it is not one (five parts, a JWE, is refused too).</summary>
    public static bool TryParse(string? token, out JwsCompact? jws)
    {
        jws = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength)
        {
            return false;
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            return false;
        }

        if (!Base64Url.TryDecode(token.AsSpan(0, first), out var headerBytes)
            || !Base64Url.TryDecode(token.AsSpan(first + 1, second - first - 1), out var payload)
            || !Base64Url.TryDecode(token.AsSpan(second + 1), out var signature))
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(headerBytes, ReaderOptions);
            if (header.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var root = header.RootElement;
            jws = new JwsCompact(
                StringMember(root, "alg"),
                StringMember(root, "typ"),
                StringMember(root, "kid"),
                root.TryGetProperty("crit", out _),
                Encoding.ASCII.GetBytes(token[..second]),
                payload,
                signature);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
