using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KtPortal.Api.Infrastructure.Redis;

public sealed partial class RedisPubSub
{
    /// <summary>
    /// What goes on a channel: <c>{"origin":"NODE","message":JSON}</c>, or <c>{"origin":"NODE","complete":true}</c>
    /// when the topic completes. The origin lets a node skip its own messages, which it has already delivered
    /// to its local subscribers.
    /// </summary>
    private static class Envelope
    {
        public static byte[] Message<TMessage>(string origin, TMessage message, JsonSerializerOptions options)
        {
            // By the runtime type, so a subclass sent as its base keeps its own properties.
            var json = JsonSerializer.SerializeToUtf8Bytes(message, message?.GetType() ?? typeof(TMessage), options);
            return Write(origin, writer =>
            {
                writer.WritePropertyName("message");
                writer.WriteRawValue(json, skipInputValidation: true);
            });
        }

        public static byte[] Complete(string origin) => Write(origin, writer => writer.WriteBoolean("complete", true));

        /// <summary>Reads an envelope; false with a reason when the payload is not one.</summary>
        public static bool TryRead(
            JsonDocument document,
            [NotNullWhen(true)] out string? origin,
            out bool complete,
            out JsonElement message,
            [NotNullWhen(false)] out string? problem)
        {
            origin = null;
            complete = false;
            message = default;
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            if (!root.TryGetProperty("origin", out var originElement) || originElement.ValueKind != JsonValueKind.String)
            {
                problem = "no \"origin\" string";
                return false;
            }

            complete = root.TryGetProperty("complete", out var completeElement) && completeElement.ValueKind == JsonValueKind.True;
            if (!complete && !root.TryGetProperty("message", out message))
            {
                problem = "neither \"message\" nor \"complete\"";
                return false;
            }

            origin = originElement.GetString()!;
            problem = null;
            return true;
        }

        private static byte[] Write(string origin, Action<Utf8JsonWriter> body)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("origin", origin);
                body(writer);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
