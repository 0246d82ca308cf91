using System.Collections.Concurrent;
using System.Text;

namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Trusted documents as files, <c>&lt;directory&gt;/&lt;hex&gt;.graphql</c>, each named after the SHA-256 of its
/// exact bytes. A file whose bytes do not hash to its name is refused. Documents read once stay in memory.
/// </summary>
public sealed class FileOperationDocumentStorage : IOperationDocumentStorage
{
    private readonly ConcurrentDictionary<string, string> _loaded = new(StringComparer.Ordinal);

    /// <summary>Creates the storage over <paramref name="directory"/>.</summary>
    public FileOperationDocumentStorage(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The folder the documents are read from.</summary>
    public string Directory { get; }

    /// <inheritdoc/>
    public async ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_loaded.TryGetValue(id, out var cached))
        {
            return cached;
        }

        // Only canonical ids reach the file system, so a request cannot name a path outside the folder.
        if (!id.StartsWith(DocumentIds.Sha256Prefix, StringComparison.Ordinal) || !DocumentIds.IsHash(id.AsSpan(DocumentIds.Sha256Prefix.Length)))
        {
            return null;
        }

        var hex = id[DocumentIds.Sha256Prefix.Length..];
        var path = Path.Combine(Directory, hex + ".graphql");
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        // https://github.com/graphql/graphql-over-http/blob/main/spec/Appendix%20A%20--%20Persisted%20Documents.md#sha256-hex-document-identifier
        var actual = DocumentIds.Sha256Prefix + DocumentIds.ComputeHex(bytes);
        if (!string.Equals(actual, id, StringComparison.Ordinal))
        {
            throw new PersistedDocumentIntegrityException(id, actual, path);
        }

        var document = Encoding.UTF8.GetString(bytes);
        _loaded.TryAdd(id, document);
        return document;
    }
}
