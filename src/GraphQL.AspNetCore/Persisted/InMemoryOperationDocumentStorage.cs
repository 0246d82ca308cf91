using System.Collections.Concurrent;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>Trusted documents held in memory, each under its SHA256 hex document identifier.</summary>
public sealed class InMemoryOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    /// <summary>Creates the storage with <paramref name="documents"/> trusted.</summary>
    public InMemoryOperationDocumentStorage(IEnumerable<string>? documents = null)
    {
        foreach (var document in documents ?? [])
        {
            Add(document);
        }
    }

    /// <summary>Trusts <paramref name="document"/> and returns its identifier, <c>sha256:&lt;hex&gt;</c>.</summary>
    public string Add(string document)
    {
        var id = DocumentIds.Compute(document);
        _documents[id] = document;
        return id;
    }

    /// <inheritdoc/>
    public ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken) =>
        new(_documents.GetValueOrDefault(id));
}
