using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>Every fragment must be used by some operation.</summary>
// https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    /// <inheritdoc/>
    public override string Name => "NoUnusedFragmentsRule";

    /// <inheritdoc/>
    public override void EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => _operations.Add(node);

    /// <inheritdoc/>
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => _fragments.Add(node);

    /// <inheritdoc/>
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
        {
            used.Add(fragment.Name.Value);
        }

        foreach (var fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
