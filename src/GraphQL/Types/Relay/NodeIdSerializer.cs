using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// The default <see cref="INodeIdSerializer"/>: base64url without padding of the UTF-8 text <c>TypeName:key</c>,
/// where integers are written in invariant culture and GUIDs as lowercase hyphenated text.
/// </summary>
public sealed class NodeIdSerializer : INodeIdSerializer
{
    // An ID is a type name and a key; nothing legitimate comes near this, and a longer string is refused before
    // any of it is decoded, so a hostile 100 KB "ID" costs nothing.
    private const int MaxIdLength = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The shared instance, used when the services register no serializer.</summary>
    public static NodeIdSerializer Default { get; } = new();

    /// <inheritdoc />
    public string Format(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var text = key switch
        {
            string value => value,
            Guid value => value.ToString("D", CultureInfo.InvariantCulture),
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"A node key must be an int, long, Guid or string, not {key.GetType().Name}.", nameof(key)),
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + text));
    }

    /// <inheritdoc />
    public bool TryParse(string id, out NodeId nodeId)
    {
        nodeId = default;
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(id.Length));
        try
        {
            string text;
            try
            {
                if (!Base64Url.TryDecodeFromChars(id, buffer, out var written))
                {
                    return false;
                }

                text = StrictUtf8.GetString(buffer, 0, written);
            }
            catch (Exception exception) when (exception is FormatException or DecoderFallbackException)
            {
                return false;
            }

            var separator = text.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == text.Length - 1)
            {
                return false;
            }

            nodeId = new NodeId(text[..separator], text[(separator + 1)..]);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
