namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Where trusted documents (persisted operations) are kept. The endpoint asks it for the document text behind
/// a <c>documentId</c> such as <c>sha256:&lt;hex&gt;</c>.
/// </summary>
public interface IOperationDocumentStorage
{
    /// <summary>
    /// The document text stored under <paramref name="id"/>, or <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="id">A document identifier in canonical form: <c>sha256:</c> and 64 lower-case hex digits.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="PersistedDocumentIntegrityException">The stored text does not hash to <paramref name="id"/>.</exception>
    ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken);
}
