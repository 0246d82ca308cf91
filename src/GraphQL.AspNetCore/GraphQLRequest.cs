using System.Text.Json;

namespace KtPortal.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL request as a transport received it (HTTP body or query string, a WebSocket <c>subscribe</c>
/// payload, an SSE request), before persisted operations are resolved.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text, or <see langword="null"/> for a persisted operation.</summary>
    public string? Query { get; init; }

    /// <summary>A trusted document id such as <c>sha256:&lt;hex&gt;</c>, or <see langword="null"/>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The operation to run.</summary>
    public string? OperationName { get; init; }

    /// <summary>The <c>variables</c> object, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    /// <summary>The <c>extensions</c> object, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; init; }
}
