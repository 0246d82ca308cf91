using System.Text.Json.Serialization;

namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>
/// The preset the explorer fetches as <c>bcp-config.json</c> next to the page before it starts. The HTTP
/// endpoint is the page's own URL; the explorer derives the WebSocket subscription endpoint from it (same URL,
/// <c>ws</c>/<c>wss</c> scheme) and the SSE endpoint is the same URL, which is where this endpoint serves both.
/// </summary>
internal sealed record ExplorerConfiguration
{
    /// <summary>The preset every page gets: the browser's URL as endpoint, no telemetry.</summary>
    public static readonly ExplorerConfiguration Default = new();

    /// <summary>Use the page's URL (the GraphQL endpoint) as the HTTP endpoint.</summary>
    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public bool UseBrowserUrlAsEndpoint { get; init; } = true;

    /// <summary>An endpoint relative to the page's URL; empty means the page's URL itself.</summary>
    [JsonPropertyName("endpoint")]
    public string Endpoint { get; init; } = "";

    /// <summary>The explorer must make no request outside the API, so telemetry stays off.</summary>
    [JsonPropertyName("disableTelemetry")]
    public bool DisableTelemetry { get; init; } = true;

    /// <summary>Send the browser's cookies with operations, as a same-origin page would expect.</summary>
    [JsonPropertyName("includeCookies")]
    public bool IncludeCookies { get; init; } = true;

    /// <summary>Operations go as POST; GET is for clients that need it.</summary>
    [JsonPropertyName("useGet")]
    public bool UseGet { get; init; }
}
