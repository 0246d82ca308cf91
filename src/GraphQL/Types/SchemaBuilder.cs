using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL documents, like graphql-js <c>buildASTSchema</c>: the schema
/// definition (or the types named Query, Mutation and Subscription) gives the root types, extensions in
/// the documents are merged into their types, and the specified directives are added unless redefined.
/// </summary>
public sealed partial class SchemaBuilder
{
    // A schema is trusted input and legitimately larger than an operation: lift the size limits that guard
    // the request path, and keep the depth limit that keeps parsing off the stack's edge.
    private static readonly ParserOptions SdlParserOptions =
        ParserOptions.Default with { MaxAllowedTokens = int.MaxValue, MaxAllowedFields = int.MaxValue };

    private readonly List<DocumentNode> _documents = [];

    private SchemaBuilder()
    {
    }

    /// <summary>Starts a new builder.</summary>
    public static SchemaBuilder New() => new();

    /// <summary>
    /// Adds SDL text; it is parsed immediately, without the token and field limits that apply to operations.
    /// </summary>
    /// <exception cref="SyntaxException">The text is not valid GraphQL.</exception>
    public SchemaBuilder AddDocumentFromString(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _documents.Add(Utf8GraphQLParser.Parse(sdl, SdlParserOptions));
        return this;
    }

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Builds the schema from every document added, as if they were one document.</summary>
    /// <exception cref="SchemaException">The documents do not describe a valid schema.</exception>
    public Schema Create()
    {
        var codeFirst = CompileCodeFirst();
        var document = MergeDocuments(codeFirst?.Definitions);
        ValidateSdl(document, codeFirst?.Origins);

        var bindingCount = _bindings.Count;
        foreach (var bind in codeFirst?.Bindings ?? [])
        {
            bind(this);
        }

        try
        {
            var schema = new Builder(document, _scalars).Build();
            ApplyBindings(schema);
            ValidateSchema(schema, codeFirst?.Origins);
            return schema;
        }
        finally
        {
            // Code-first bindings belong to this build only; the next Create compiles them again.
            _bindings.RemoveRange(bindingCount, _bindings.Count - bindingCount);
        }
    }

    private DocumentNode MergeDocuments(IReadOnlyList<IDefinitionNode>? generated)
    {
        var merged = MergeDocumentsAsGiven(generated);

        // Applying @cost or @listSize brings their definitions along, so that every schema can use them.
        var missing = CostDirectives.DefinitionsMissingFrom(merged.Definitions).ToList();
        return missing.Count == 0 ? merged : new DocumentNode(null, [.. merged.Definitions, .. missing]);
    }

    private DocumentNode MergeDocumentsAsGiven(IReadOnlyList<IDefinitionNode>? generated)
    {
        if (_documents.Count == 1 && generated is null)
        {
            return _documents[0];
        }

        var definitions = new List<IDefinitionNode>();
        foreach (var document in _documents)
        {
            definitions.AddRange(document.Definitions);
        }

        definitions.AddRange(generated ?? []);
        return new DocumentNode(null, definitions);
    }
}
