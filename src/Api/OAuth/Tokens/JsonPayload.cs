using System.Text.Json;
using KtPortal.Api.OAuth.Jose;

namespace KtPortal.Api.OAuth.Tokens;

/// <summary>Writes a JWT claims set.</summary>
internal static class JsonPayload
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JwsCompact.WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
