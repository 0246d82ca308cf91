using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>A parsed and validated document, with the prepared form of each operation run from it.</summary>
internal sealed class CachedDocument
{
    private readonly Lock _lock = new();
    private PreparedOperation[] _operations = [];

    public CachedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
    }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public PreparedOperation GetOperation(OperationDefinitionNode operation)
    {
        var operations = Volatile.Read(ref _operations);
        foreach (var prepared in operations)
        {
            if (ReferenceEquals(prepared.Definition, operation))
            {
                return prepared;
            }
        }

        lock (_lock)
        {
            foreach (var prepared in _operations)
            {
                if (ReferenceEquals(prepared.Definition, operation))
                {
                    return prepared;
                }
            }

            var created = new PreparedOperation(operation, Fragments);
            Volatile.Write(ref _operations, [.. _operations, created]);
            return created;
        }
    }
}
