using System.Text.Json;
using KtPortal.GraphQL.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Reads and checks one client message. A message of an unknown type or shape is refused with a short
/// reason, which becomes the reason of the 4400 close.
/// </summary>
// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#message-types
internal static class ClientMessageParser
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out ClientMessage? message, out string reason)
    {
        message = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            reason = "Invalid message received: not JSON";
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, out message, out reason);
        }
    }

    private static bool TryRead(JsonElement root, out ClientMessage? message, out string reason)
    {
        message = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            reason = "Invalid message received: a message must be an object";
            return false;
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            reason = "Invalid message received: 'type' must be a string";
            return false;
        }

        switch (type.GetString())
        {
            case "connection_init":
                return TryReadPayloadOnly(root, ClientMessageType.ConnectionInit, out message, out reason);
            case "ping":
                return TryReadPayloadOnly(root, ClientMessageType.Ping, out message, out reason);
            case "pong":
                return TryReadPayloadOnly(root, ClientMessageType.Pong, out message, out reason);
            case "subscribe":
                return TryReadSubscribe(root, out message, out reason);
            case "complete":
                if (!TryReadId(root, "complete", out var id, out reason))
                {
                    return false;
                }

                message = new ClientMessage(ClientMessageType.Complete) { Id = id };
                return true;
            case "connection_ack" or "next" or "error":
                reason = $"Invalid message received: '{type.GetString()}' is sent by the server only";
                return false;
            default:
                reason = "Invalid message received: unknown 'type'";
                return false;
        }
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#connectioninit
    private static bool TryReadPayloadOnly(JsonElement root, ClientMessageType type, out ClientMessage? message, out string reason)
    {
        message = null;
        JsonElement? payload = null;
        if (root.TryGetProperty("payload", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                reason = "Invalid message received: 'payload' must be an object or null";
                return false;
            }

            payload = value.Clone();
        }

        reason = string.Empty;
        message = new ClientMessage(type) { Payload = payload };
        return true;
    }

    // https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md#subscribe
    private static bool TryReadSubscribe(JsonElement root, out ClientMessage? message, out string reason)
    {
        message = null;
        if (!TryReadId(root, "subscribe", out var id, out reason))
        {
            return false;
        }

        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            reason = "Invalid message received: 'subscribe' needs a 'payload' object";
            return false;
        }

        // The payload holds the GraphQL-over-HTTP request parameters; read them by the same rules. The clone
        // outlives the message's document.
        var request = GraphQLRequestParser.Parse(payload.Clone(), out var error);
        if (error is not null)
        {
            reason = $"Invalid message received: 'subscribe' payload: {error.Message}";
            return false;
        }

        message = new ClientMessage(ClientMessageType.Subscribe) { Id = id, Request = request };
        return true;
    }

    private static bool TryReadId(JsonElement root, string type, out string? id, out string reason)
    {
        id = null;
        if (!root.TryGetProperty("id", out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            reason = $"Invalid message received: '{type}' needs a non-empty 'id' string";
            return false;
        }

        id = text;
        reason = string.Empty;
        return true;
    }
}
