namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>A stored trusted document whose text does not hash to the identifier it is stored under.</summary>
public sealed class PersistedDocumentIntegrityException : Exception
{
    /// <summary>Creates the exception for the document stored under <paramref name="documentId"/>.</summary>
    public PersistedDocumentIntegrityException(string documentId, string actualDocumentId, string? location = null)
        : base($"The trusted document {documentId}{(location is null ? "" : $" ({location})")} hashes to {actualDocumentId}; it was changed after it was trusted and is refused.")
    {
        DocumentId = documentId;
        ActualDocumentId = actualDocumentId;
    }

    /// <summary>The identifier the document is stored under.</summary>
    public string DocumentId { get; }

    /// <summary>The identifier the stored text actually hashes to.</summary>
    public string ActualDocumentId { get; }
}
