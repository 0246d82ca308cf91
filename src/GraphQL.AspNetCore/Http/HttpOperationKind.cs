using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>Finds which kind of operation a request would run, before anything executes.</summary>
internal static class HttpOperationKind
{
    /// <summary>
    /// The kind of the operation the request selects, or <see langword="null"/> when the document does not
    /// parse or names no such operation (the executor then reports the error).
    /// </summary>
    public static OperationType? Find(OperationRequest request)
    {
        var document = request.Document;
        if (document is null && request.Query is not null)
        {
            try
            {
                document = Utf8GraphQLParser.Parse(request.Query);
            }
            catch (SyntaxException)
            {
                return null;
            }
        }

        return document is null ? null : Find(document, request.OperationName);
    }

    private static OperationType? Find(DocumentNode document, string? operationName)
    {
        OperationType? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation.Operation;
            }
            else if (string.Equals(operation.Name?.Value, operationName, StringComparison.Ordinal))
            {
                return operation.Operation;
            }
        }

        return found;
    }
}
