using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// How long the caller of a server-sent event stream stays authorized. An event stream is one long HTTP request, so
/// the token checked when it started would otherwise carry its subscription for as long as the client keeps it open.
/// Register one in the container (the host knows what its tokens are); without one, a stream is checked only when it
/// starts.
/// </summary>
public interface IEventStreamCredentials
{
    /// <summary>
    /// The credentials of the stream's caller, or <see langword="null"/> when there is nothing to watch (an anonymous
    /// caller, or credentials that neither expire nor can be revoked).
    /// </summary>
    /// <param name="context">The request that opened the stream (its user and headers).</param>
    /// <param name="cancellationToken">Fires when the client goes away.</param>
    ValueTask<StreamCredentials?> GetAsync(HttpContext context, CancellationToken cancellationToken);
}

/// <summary>What a long-lived stream watches of its caller's credentials.</summary>
/// <param name="ExpiresAt">When they expire, if they do: the stream ends then.</param>
/// <param name="Revalidate">
/// Checks again that they still hold (a token not revoked), every <see cref="SseOptions.CredentialsRecheckInterval"/>;
/// <see langword="false"/> ends the stream. A check that throws is tried again at the next interval.
/// </param>
public sealed record StreamCredentials(DateTimeOffset? ExpiresAt, Func<CancellationToken, ValueTask<bool>>? Revalidate);
