using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Validation;

/// <summary>The schema being validated and the errors found so far.</summary>
internal sealed class SchemaValidationContext(Schema schema, IReadOnlyDictionary<ISyntaxNode, string>? origins = null)
{
    private const string Code = "SCHEMA_INVALID";

    private readonly List<GraphQLError> _errors = [];

    public Schema Schema { get; } = schema;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>Reports an error at the given nodes; missing nodes (types built in code) are skipped.</summary>
    public void ReportError(string message, params ReadOnlySpan<ISyntaxNode?> nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        List<string>? declaredBy = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }

            if (node is not null && origins is not null && origins.TryGetValue(node, out var origin) && declaredBy?.Contains(origin) != true)
            {
                (declaredBy ??= []).Add(origin);
            }
        }

        var error = new GraphQLError(message) { Locations = locations, Code = Code };
        _errors.Add(declaredBy is null ? error : DeclaredBy.Add(error, declaredBy));
    }

    public void ReportError(string message, IEnumerable<ISyntaxNode?> nodes) => ReportError(message, [.. nodes]);
}
