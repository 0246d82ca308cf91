namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>The stable <c>extensions.code</c> values of errors GraphQL over HTTP answers before executing.</summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not valid JSON.</summary>
    public const string JsonInvalid = "HTTP_JSON_INVALID";

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request (a parameter is missing or has the wrong type).</summary>
    public const string RequestInvalid = "HTTP_REQUEST_INVALID";

    /// <summary>The body or query string is larger than <see cref="HttpTransportOptions.MaxRequestBytes"/>.</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>The body's content type is not <c>application/json</c> in UTF-8.</summary>
    public const string MediaTypeUnsupported = "HTTP_MEDIA_TYPE_UNSUPPORTED";

    /// <summary>The <c>Accept</c> header offers no media type the endpoint writes.</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The HTTP method cannot run the request (a mutation over GET, or a method other than GET and POST).</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>An array of requests arrived while batching is off, or the batch is too large.</summary>
    public const string BatchingInvalid = "HTTP_BATCHING_INVALID";

    /// <summary>A subscription arrived over plain HTTP; it needs server-sent events or a WebSocket.</summary>
    public const string SubscriptionNotSupported = "HTTP_SUBSCRIPTION_NOT_SUPPORTED";
}
