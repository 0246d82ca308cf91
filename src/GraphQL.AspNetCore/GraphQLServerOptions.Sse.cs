using KtPortal.GraphQL.AspNetCore.ServerSentEvents;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>graphql-sse (subscriptions and other operations over <c>text/event-stream</c>).</summary>
    public SseOptions Sse { get; } = new();
}
