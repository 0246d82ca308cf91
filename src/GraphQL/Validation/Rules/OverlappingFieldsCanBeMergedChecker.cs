using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging

/// <summary>
/// Finds the field-merging conflicts of one document. It keeps graphql-js's comparison order and its
/// memo tables (collected fields per selection set, compared fragment pairs, fragments compared with a
/// selection set's fields), so the conflicts, their order and their locations are the reference's.
/// Two additions keep hostile documents cheap without changing any result:
/// <list type="bullet">
/// <item>Every field gets a class: its parent type plus its structure (name, alias, arguments,
/// sub-selections; no locations, no directives). Once two classes have been compared and found free of
/// conflicts, every later pair drawn from the same two classes is skipped, and long field lists are
/// walked class by class (<see cref="PairWalk"/>), so ten thousand copies of a field cost a handful of
/// comparisons instead of fifty million. Fragments spread side by side get the same treatment. Structures
/// that spread a fragment are never shared (see the Shapes part for why).</item>
/// <item>Conflict lists stop growing once more entries cannot change the output: a selection set's own
/// list at the limit the rule passes (one past the errors validation still accepts), a nested list at
/// <see cref="SubfieldConflictLimit"/> (its message and locations are cut before that) when no fragment
/// is involved.</item>
/// </list>
/// What remains is metered as graphql-js meters it: <see cref="ComplexityBudget"/> units, charged at the
/// same steps, so this checker never spends more than graphql-js on the same document and finishes every
/// document graphql-js finishes. When the budget runs out, the callback given to the constructor ends
/// validation ("Validation aborted."). Documents that still reach it are those whose fields differ pairwise
/// (thousands of same-named fields with distinct sub-selections), copies that spread fragments, and long
/// chains of fragments that spread each other side by side.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    /// <summary>graphql-js's budget for this rule, in its units.</summary>
    public const int ComplexityBudget = 500_000;

    /// <summary>
    /// With graphql-js's default of 100 errors, the 101st conflict already ends validation, so conflicts
    /// past it are never seen. The rule passes the limit that the context's error count leaves.
    /// </summary>
    public const int ReportedConflictLimit = 101;

    /// <summary>
    /// A subfield message is cut after 1000 characters and each conflict adds at least 60, and the
    /// locations are cut at 20 nodes with each conflict adding at least one: only the first 19 nested
    /// conflicts can ever show.
    /// </summary>
    public const int SubfieldConflictLimit = 20;

    private readonly Schema _schema;
    private readonly Func<string, FragmentDefinitionNode?> _getFragment;
    private readonly Action _abort;
    private readonly Stack<List<OverlappingFieldsCanBeMergedConflict>> _conflictLists = new();
    private long _remainingBudget = ComplexityBudget;

    /// <summary>Creates a checker for one document.</summary>
    /// <param name="schema">The schema the document is validated against.</param>
    /// <param name="getFragment">Looks a fragment definition up by name.</param>
    /// <param name="abort">Ends validation when the budget runs out; expected to throw.</param>
    public OverlappingFieldsCanBeMergedChecker(Schema schema, Func<string, FragmentDefinitionNode?> getFragment, Action abort)
    {
        _schema = schema;
        _getFragment = getFragment;
        _abort = abort;
    }

    /// <summary>
    /// The number of comparisons actually carried out: field pairs, a selection set's fields against a
    /// fragment, and fragment pairs. Comparisons skipped through a memo are not counted.
    /// </summary>
    public long Comparisons { get; private set; }

    /// <summary>The graphql-js complexity units spent so far.</summary>
    public long BudgetSpent => ComplexityBudget - _remainingBudget;

    /// <summary>
    /// Finds the conflicts within one selection set, including those brought in by the fragments it
    /// spreads. Called for each selection set of the document that is not an inline fragment's.
    /// </summary>
    /// <param name="parentType">The type the selection set selects from.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="limit">How many conflicts are worth finding; the search stops there.</param>
    public List<OverlappingFieldsCanBeMergedConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet, int limit = ReportedConflictLimit)
    {
        var conflicts = new List<OverlappingFieldsCanBeMergedConflict>();
        var collected = CollectFields(parentType, selectionSet);

        foreach (var group in collected.Groups)
        {
            if (group.Fields.Count > 1)
            {
                CollectConflictsBetweenFields(conflicts, limit, false, group, group, within: true);
            }
        }

        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            var walk = fragmentNames.Count > 1 ? NewFragmentWalk(false, FragmentLayoutOf(collected), FragmentLayoutOf(collected), within: true) : null;
            for (var i = 0; i < fragmentNames.Count && conflicts.Count < limit; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, limit, false, collected, fragmentNames[i]);
                if (walk is not null)
                {
                    CollectConflictsBetweenFragmentLists(conflicts, limit, walk, fragmentNames, i, fragmentNames);
                }
            }
        }

        return conflicts;
    }

    // https://spec.graphql.org/October2021/#SameResponseShape()
    private List<OverlappingFieldsCanBeMergedConflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        INamedType? parentType1,
        SelectionSetNode selectionSet1,
        INamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = RentConflictList();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);

        // Stopping early skips comparisons, which is invisible only where no fragment memo could change.
        var limit = HasSpreads(collected1, selectionSet1) || HasSpreads(collected2, selectionSet2) ? int.MaxValue : SubfieldConflictLimit;

        CollectConflictsBetween(conflicts, limit, areMutuallyExclusive, collected1, collected2);

        foreach (var fragmentName in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, limit, areMutuallyExclusive, collected1, fragmentName);
        }

        foreach (var fragmentName in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, limit, areMutuallyExclusive, collected2, fragmentName);
        }

        if (collected1.FragmentNames.Count != 0 && collected2.FragmentNames.Count != 0)
        {
            var walk = NewFragmentWalk(areMutuallyExclusive, FragmentLayoutOf(collected1), FragmentLayoutOf(collected2), within: false);
            for (var i = 0; i < collected1.FragmentNames.Count && conflicts.Count < limit; i++)
            {
                CollectConflictsBetweenFragmentLists(conflicts, limit, walk, collected1.FragmentNames, i, collected2.FragmentNames);
            }
        }

        return conflicts;
    }

    // Nested conflict lists live only until folded into their parent's conflict, and most stay empty.
    private List<OverlappingFieldsCanBeMergedConflict> RentConflictList()
        => _conflictLists.Count > 0 ? _conflictLists.Pop() : [];

    private void ReturnConflictList(List<OverlappingFieldsCanBeMergedConflict> conflicts)
    {
        conflicts.Clear();
        _conflictLists.Push(conflicts);
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            _abort();
            throw new ValidationAbortedException();
        }
    }
}
