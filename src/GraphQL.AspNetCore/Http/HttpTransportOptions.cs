namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>How GraphQL over HTTP behaves; bound from <c>GraphQL:Http</c>.</summary>
public sealed class HttpTransportOptions
{
    /// <summary>The largest request body (or query string) accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Whether a JSON array of requests is executed as a batch; when off, an array gets 400.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most operations one batch may hold.</summary>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary>Whether responses are compressed with brotli or gzip when the client accepts it.</summary>
    public bool EnableCompression { get; set; } = true;

    /// <summary>Which browser origins may call the endpoint.</summary>
    public HttpCorsOptions Cors { get; set; } = new();
}
