namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Trusted documents from several storages, asked in order: the first that holds the id answers. A document
/// shipped in files and one registered in a database are thus served by one endpoint.
/// </summary>
public sealed class CompositeOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly IOperationDocumentStorage[] _storages;

    /// <summary>Creates the storage over <paramref name="storages"/>, asked in this order.</summary>
    public CompositeOperationDocumentStorage(params IOperationDocumentStorage[] storages)
    {
        ArgumentNullException.ThrowIfNull(storages);
        if (storages.Length == 0 || Array.Exists(storages, s => s is null))
        {
            throw new ArgumentException("At least one storage, and no null storage, is required.", nameof(storages));
        }

        _storages = storages;
    }

    /// <inheritdoc/>
    public async ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var storage in _storages)
        {
            if (await storage.TryReadAsync(id, cancellationToken).ConfigureAwait(false) is { } document)
            {
                return document;
            }
        }

        return null;
    }
}
