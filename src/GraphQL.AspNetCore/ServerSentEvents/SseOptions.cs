namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// graphql-sse over server-sent events (<c>GraphQL:Sse</c>). Requests are read as GraphQL over HTTP reads them,
/// so <c>GraphQL:Http:MaxRequestBytes</c> limits them too.
/// </summary>
public sealed class SseOptions
{
    /// <summary>How often an idle stream sends a comment so proxies and clients keep it open; zero turns it off.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How often a stream runs its caller's <see cref="Credentials.StreamCredentials.Revalidate"/> check (when the host registers
    /// <see cref="IEventStreamCredentials"/>); zero or negative checks only at the start and at expiry.
    /// </summary>
    public TimeSpan CredentialsRecheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
