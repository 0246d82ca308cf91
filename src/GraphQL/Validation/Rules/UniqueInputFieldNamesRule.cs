using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>An input object literal must not give the same field twice.</summary>
// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _stack = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Name => "UniqueInputFieldNamesRule";

    /// <inheritdoc/>
    public override void EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        _stack.Push(_known);
        _known = new Dictionary<string, NameNode>(node.Fields.Count, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public override void LeaveObjectValue(ValidationContext context, ObjectValueNode node) => _known = _stack.Pop();

    /// <inheritdoc/>
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        var name = node.Name.Value;
        if (_known.TryGetValue(name, out var first))
        {
            context.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
        }
        else
        {
            _known.Add(name, node.Name);
        }
    }
}
