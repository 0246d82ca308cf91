using KtPortal.GraphQL.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>GraphQL over HTTP: size limit, batching, compression and CORS (<c>GraphQL:Http</c>).</summary>
    public HttpTransportOptions Http { get; set; } = new();
}
