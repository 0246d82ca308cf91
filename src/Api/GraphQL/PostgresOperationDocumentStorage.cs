using System.Collections.Concurrent;
using System.Text;
using KtPortal.GraphQL.AspNetCore.Persisted;
using Npgsql;

namespace KtPortal.Api.GraphQL;

/// <summary>
/// Trusted documents registered in the <c>trusted_documents</c> table. A row whose text does not hash to its id
/// is refused. Documents are content-addressed, so a verified one stays in memory (up to a bound); an id not
/// found is asked again next time, so a newly registered document is served at once.
/// </summary>
internal sealed class PostgresOperationDocumentStorage(NpgsqlDataSource dataSource) : IOperationDocumentStorage
{
    private const int MaxCached = 10_000;
    private readonly ConcurrentDictionary<string, string> _verified = new(StringComparer.Ordinal);

    public async ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_verified.TryGetValue(id, out var cached))
        {
            return cached;
        }

        await using var command = dataSource.CreateCommand("SELECT document FROM trusted_documents WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string document)
        {
            return null;
        }

        var actual = DocumentIds.Sha256Prefix + DocumentIds.ComputeHex(Encoding.UTF8.GetBytes(document));
        if (!string.Equals(actual, id, StringComparison.Ordinal))
        {
            throw new PersistedDocumentIntegrityException(id, actual, "trusted_documents");
        }

        if (_verified.Count < MaxCached)
        {
            _verified.TryAdd(id, document);
        }

        return document;
    }
}
