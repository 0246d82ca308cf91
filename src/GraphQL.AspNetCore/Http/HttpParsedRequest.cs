using System.Text.Json;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL requests one HTTP request carries (one, or several for a batch), and the JSON documents their
/// variables and extensions point into, which live until the response is written.
/// </summary>
internal sealed class HttpParsedRequest : IDisposable
{
    private readonly List<JsonDocument> _documents;

    public HttpParsedRequest(IReadOnlyList<GraphQLRequest> requests, bool isBatch, bool isGet, List<JsonDocument> documents)
    {
        Requests = requests;
        IsBatch = isBatch;
        IsGet = isGet;
        _documents = documents;
    }

    public IReadOnlyList<GraphQLRequest> Requests { get; }

    /// <summary>Whether the body was an array, so the response is an array too.</summary>
    public bool IsBatch { get; }

    /// <summary>Whether the request came over GET, where only queries may run.</summary>
    public bool IsGet { get; }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }

        _documents.Clear();
    }
}
