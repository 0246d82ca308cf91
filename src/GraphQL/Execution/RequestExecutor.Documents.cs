using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private readonly ConditionalWeakTable<DocumentNode, CachedDocument> _byDocument = [];

    // Parse and validate once per document: by DocumentHash, else by the text itself (an ordinal string key
    // identifies the text exactly as its SHA-256 would, at a fraction of the cost per request), or by the
    // parsed document instance when neither is available.
    private bool TryGetDocument(OperationRequest request, [NotNullWhen(true)] out CachedDocument? document, out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        if (request.Document is { } given && request.DocumentHash is null)
        {
            document = _byDocument.GetValue(given, Validate);
            return true;
        }

        if (request.Query is null && request.Document is null)
        {
            document = null;
            errors = [new GraphQLError("Must provide query string.") { Code = ErrorCodes.OperationNotFound }];
            return false;
        }

        var cache = request.DocumentHash is null ? _cacheByText : _cache;
        var key = request.DocumentHash ?? request.Query!;
        if (cache.TryGet(key, out var cached))
        {
            document = cached;
            return true;
        }

        DocumentNode parsed;
        if (request.Document is not null)
        {
            parsed = request.Document;
        }
        else
        {
            try
            {
                Interlocked.Increment(ref _parseCount);
                parsed = Utf8GraphQLParser.Parse(request.Query!, _options.ParserOptions);
            }
            catch (SyntaxException exception)
            {
                document = null;
                errors = [exception.ToGraphQLError()];
                return false;
            }
        }

        document = Validate(parsed);
        cache.Add(key, document);
        return true;
    }

    private CachedDocument Validate(DocumentNode document)
        => new(document, _validator.Validate(Schema, document).Errors);
}
