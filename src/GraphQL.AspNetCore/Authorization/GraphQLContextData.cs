using System.Security.Claims;

namespace KtPortal.GraphQL.AspNetCore.Authorization;

/// <summary>The keys the transports set in every request's <c>ContextData</c>.</summary>
public static class GraphQLContextData
{
    /// <summary>
    /// The caller: the <see cref="ClaimsPrincipal"/> of the HTTP request (for a WebSocket, of the upgrade request,
    /// or whatever the connection interceptor put in its place). HotChocolate uses the same key.
    /// </summary>
    public const string User = nameof(ClaimsPrincipal);

    /// <summary>The caller of a resolver's request, or <see langword="null"/> when the transport set none.</summary>
    public static ClaimsPrincipal? GetUser(IDictionary<string, object?> contextData)
    {
        ArgumentNullException.ThrowIfNull(contextData);
        return contextData.TryGetValue(User, out var value) ? value as ClaimsPrincipal : null;
    }

    /// <summary>The caller of a request (<see cref="Execution.OperationRequest.ContextData"/>), or <see langword="null"/> when the transport set none.</summary>
    public static ClaimsPrincipal? GetUser(IReadOnlyDictionary<string, object?>? contextData)
        => contextData is not null && contextData.TryGetValue(User, out var value) ? value as ClaimsPrincipal : null;
}
