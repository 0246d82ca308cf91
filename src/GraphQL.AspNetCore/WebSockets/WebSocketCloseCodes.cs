namespace KtPortal.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes the server sends, with the reasons graphql-ws uses for them.</summary>
// https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md
internal static class WebSocketCloseCodes
{
    /// <summary>The largest close reason a close frame can carry, in UTF-8 bytes (RFC 6455 §5.5).</summary>
    public const int MaxReasonBytes = 123;

    public const int Normal = 1000;

    // https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1
    public const int MessageTooBig = 1009;

    public const int BadRequest = 4400;

    public const int Unauthorized = 4401;

    public const int Forbidden = 4403;

    public const int ConnectionInitialisationTimeout = 4408;

    public const int SubscriberAlreadyExists = 4409;

    public const int TooManyInitialisationRequests = 4429;

    public const int InternalServerError = 4500;

    /// <summary><paramref name="reason"/>, or <paramref name="whenTooLong"/> when it does not fit a close frame.</summary>
    public static string LimitReason(string reason, string whenTooLong) =>
        System.Text.Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes ? reason : whenTooLong;
}
