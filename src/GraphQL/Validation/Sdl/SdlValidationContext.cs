using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl;

/// <summary>The state shared by the SDL rules during one walk: the ancestors of the current node and the errors.</summary>
internal sealed class SdlValidationContext
{
    private readonly List<ISyntaxNode> _ancestors = new(16);
    private readonly List<GraphQLError> _errors = [];

    /// <summary>The nodes above the current one, the document first; syntax lists are not counted.</summary>
    public IReadOnlyList<ISyntaxNode> Ancestors => _ancestors;

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void Push(ISyntaxNode node) => _ancestors.Add(node);

    public void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);

    public void ReportError(SdlRule rule, string message, params ReadOnlySpan<ISyntaxNode> nodes)
        => _errors.Add(SdlErrors.Create(rule.Name, message, nodes));
}
