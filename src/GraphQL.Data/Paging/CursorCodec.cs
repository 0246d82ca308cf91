using System.Buffers.Text;
using System.Text.Json;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// Opaque cursors: base64url of a compact JSON array, the ordering's fingerprint followed by the value of every
/// key (the entity key last). Values are written by System.Text.Json with the key's CLR type and read back with
/// it, so <see cref="DateTimeOffset"/> (ticks and offset), <see cref="decimal"/> (scale included),
/// <see cref="Guid"/>, strings, numbers, enums and null round-trip exactly.
/// </summary>
internal static class CursorCodec
{
    /// <summary>Longer cursors are refused before they are decoded.</summary>
    public const int MaxLength = 4096;

    public static string Encode<T>(Keyset<T> keyset, object?[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(keyset.Fingerprint);
            for (var i = 0; i < keyset.Keys.Count; i++)
            {
                JsonSerializer.Serialize(writer, values[i], keyset.Keys[i].ValueType);
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The key values of <paramref name="cursor"/>.</summary>
    /// <exception cref="GraphQLException"><c>VALIDATION_FAILED</c>: the cursor is malformed, or was made for another ordering.</exception>
    public static IReadOnlyList<object?> Decode<T>(Keyset<T> keyset, string cursor, string argument)
    {
        if (cursor.Length > MaxLength)
        {
            throw PagingErrors.InvalidCursor(argument, "it is too long");
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw PagingErrors.InvalidCursor(argument, "it is not a cursor of this field");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() < 2 || root[0].ValueKind != JsonValueKind.String)
            {
                throw PagingErrors.InvalidCursor(argument, "it is not a cursor of this field");
            }

            if (root[0].GetString() != keyset.Fingerprint)
            {
                throw PagingErrors.InvalidCursor(argument, "it was made for a different ordering; start again without a cursor");
            }

            if (root.GetArrayLength() != keyset.Keys.Count + 1)
            {
                throw PagingErrors.InvalidCursor(argument, "it is not a cursor of this field");
            }

            var values = new object?[keyset.Keys.Count];
            for (var i = 0; i < values.Length; i++)
            {
                var key = keyset.Keys[i];
                var element = root[i + 1];
                values[i] = element.ValueKind == JsonValueKind.Null ? null : Normalize(element.Deserialize(key.ValueType));
                if ((values[i] is null && !key.IsNullable) || values[i] is string text && text.Contains('\0', StringComparison.Ordinal))
                {
                    throw PagingErrors.InvalidCursor(argument, "it is not a cursor of this field");
                }
            }

            return values;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw PagingErrors.InvalidCursor(argument, "it is not a cursor of this field");
        }
    }

    // A NUL character cannot be a text parameter in PostgreSQL; no row holds one, so no cursor does.
    // An edited cursor may carry an offset; the same instant in UTC compares alike and is what providers accept
    // (Npgsql writes timestamptz only from offset 0).
    private static object? Normalize(object? value) => value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
}
