using KtPortal.GraphQL.AspNetCore.Credentials;
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
