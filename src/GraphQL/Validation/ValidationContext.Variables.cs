using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private Dictionary<ISyntaxNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<IReadOnlyList<FragmentDefinitionNode>, List<VariableUsage>>? _fragmentVariableUsages;

    /// <summary>
    /// The variables used inside an operation or fragment (not following spreads), in document order,
    /// with the input type expected at each use. Variable definitions are not uses.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _variableUsages ??= new Dictionary<ISyntaxNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages.Add(definition, usages);
        }

        return usages;
    }

    /// <summary>The variables used by <paramref name="operation"/> and every fragment it uses, operation first.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        // Operations sharing a fragment list share its usages, as in graphql-js.
        var fragments = GetRecursivelyReferencedFragments(operation);
        _fragmentVariableUsages ??= new Dictionary<IReadOnlyList<FragmentDefinitionNode>, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentVariableUsages.Add(fragments, fragmentUsages);
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = GetVariableUsages(operation);
        var usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages.Add(operation, usages);
        return usages;
    }
}
