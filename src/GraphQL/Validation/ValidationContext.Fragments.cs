using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private int _remainingFragmentWork = FragmentWorkBudget;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, IReadOnlyList<FragmentDefinitionNode>>? _recursiveFragments;

    /// <summary>The fragment definitions by name (the last one wins when a name repeats, as in graphql-js).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _fragments ??= IndexFragments(Document);

    /// <summary>The fragment named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
        => (_fragments ??= IndexFragments(Document)).GetValueOrDefault(name);

    /// <summary>
    /// The fragment spreads inside <paramref name="selectionSet"/>, not following fragments, in graphql-js
    /// order (the set's own spreads first, then nested sets, last one first).
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= new Dictionary<SelectionSetNode, List<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads.Add(selectionSet, spreads);
        return spreads;
    }

    /// <summary>Every fragment <paramref name="operation"/> uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return GetRecursivelyReferencedFragments([operation]);
    }

    /// <summary>
    /// Every fragment any of <paramref name="operations"/> uses, directly or through other fragments. Like
    /// graphql-js, results are shared by operations that spread the same set of fragments directly, so the
    /// order is the one of the first such operation.
    /// </summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var directNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    directNames.Add(spread.Name.Value);
                }
            }
        }

        var sorted = new List<string>(directNames);
        sorted.Sort(StringComparer.Ordinal);
        var key = string.Join(',', sorted);
        _recursiveFragments ??= new Dictionary<string, IReadOnlyList<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (!_recursiveFragments.TryGetValue(key, out var fragments))
        {
            fragments = CollectReferencedFragments(directNames, seen);
            _recursiveFragments.Add(key, fragments);
        }

        return fragments;
    }

    /// <summary>
    /// Spends part of the per-document fragment work budget; when it runs out, validation stops with
    /// "Validation aborted.". Rules that expand fragments call this so hostile documents stay bounded.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            AbortValidation();
        }
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(List<string> collectedNames, HashSet<string> seen)
    {
        SpendFragmentWork(collectedNames.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < collectedNames.Count; i++)
        {
            var fragment = GetFragment(collectedNames[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    collectedNames.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    private static Dictionary<string, FragmentDefinitionNode> IndexFragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        return fragments;
    }
}
