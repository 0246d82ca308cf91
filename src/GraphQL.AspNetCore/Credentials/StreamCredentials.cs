namespace KtPortal.GraphQL.AspNetCore.Credentials;

/// <summary>
/// What a long-lived connection (a server-sent event stream, a WebSocket) watches of its caller's credentials: it ends
/// when they expire or stop holding.
/// </summary>
/// <param name="ExpiresAt">When they expire, if they do: the connection ends then.</param>
/// <param name="Revalidate">
/// Checks again that they still hold (a token not revoked), every recheck interval of the transport
/// (<c>GraphQL:Sse:CredentialsRecheckInterval</c>, <c>GraphQL:WebSockets:CredentialsRecheckInterval</c>);
/// <see langword="false"/> ends the connection. A check that throws is tried again at the next interval.
/// </param>
public sealed record StreamCredentials(DateTimeOffset? ExpiresAt, Func<CancellationToken, ValueTask<bool>>? Revalidate);
