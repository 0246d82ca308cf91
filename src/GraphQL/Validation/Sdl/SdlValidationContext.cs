using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Validation.Sdl;

/// <summary>The state shared by the SDL rules during one walk: the ancestors of the current node and the errors.</summary>
internal sealed class SdlValidationContext(IReadOnlyDictionary<ISyntaxNode, string>? origins = null)
{
    private readonly List<ISyntaxNode> _ancestors = new(16);
    private readonly List<GraphQLError> _errors = [];

    /// <summary>The nodes above the current one, the document first; syntax lists are not counted.</summary>
    public IReadOnlyList<ISyntaxNode> Ancestors => _ancestors;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void Push(ISyntaxNode node) => _ancestors.Add(node);

    public void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);

    public void ReportError(SdlRule rule, string message, params ReadOnlySpan<ISyntaxNode> nodes)
    {
        var error = SdlErrors.Create(rule.Name, message, nodes);
        _errors.Add(Origin(nodes) is { } origin ? DeclaredBy.Add(error, origin) : error);
    }

    // The node itself, else the nearest enclosing node, that code-first definitions declared.
    private string? Origin(ReadOnlySpan<ISyntaxNode> nodes)
    {
        if (origins is null)
        {
            return null;
        }

        foreach (var node in nodes)
        {
            if (origins.TryGetValue(node, out var origin))
            {
                return origin;
            }
        }

        for (var i = _ancestors.Count - 1; i >= 0; i--)
        {
            if (origins.TryGetValue(_ancestors[i], out var origin))
            {
                return origin;
            }
        }

        return null;
    }
}
