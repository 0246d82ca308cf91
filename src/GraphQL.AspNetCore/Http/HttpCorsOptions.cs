namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>The CORS policy of the GraphQL endpoint; bound from <c>GraphQL:Http:Cors</c>.</summary>
public sealed class HttpCorsOptions
{
    /// <summary>Origins allowed to call the endpoint (<c>*</c> for any); empty turns CORS off.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Request headers a browser may send; empty allows any.</summary>
    public string[] AllowedHeaders { get; set; } = [];

    /// <summary>Whether cookies and credentials may be sent; ignored for <c>*</c>.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may cache a preflight answer, in seconds.</summary>
    public int PreflightMaxAgeSeconds { get; set; } = 600;
}
