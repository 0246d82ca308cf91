using System.Runtime.InteropServices;

namespace KtPortal.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    // Fragment pairs already compared: true when only as mutually exclusive, false when in general
    // (which covers the exclusive case too). Order within a pair does not matter.
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = new();
    private readonly Dictionary<VerdictKey, bool> _fragmentVerdicts = new();
    private readonly Dictionary<string, int> _fragmentClasses = new(StringComparer.Ordinal);
    private readonly Stack<string> _fragmentStack = new();
    private readonly Stack<(string, string)> _fragmentPairStack = new();

    // Compares a selection set's fields with a fragment's, and then with every fragment that one
    // spreads, depth first. Each fragment is compared with the same fields at most once (twice when the
    // first time was mutually exclusive), which also ends fragment cycles.
    private void CollectConflictsBetweenFieldsAndFragment(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        bool areMutuallyExclusive,
        CollectedFields collected,
        string fragmentName)
    {
        var stack = _fragmentStack;
        var bottom = stack.Count;
        stack.Push(fragmentName);
        try
        {
            while (stack.Count > bottom && conflicts.Count < limit)
            {
                var name = stack.Pop();
                Spend(1);
                if (collected.Groups.Count == 0)
                {
                    return;
                }

                var compared = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
                if (compared.TryGetValue(name, out var onlyExclusive) && (!onlyExclusive || areMutuallyExclusive))
                {
                    continue;
                }

                compared[name] = areMutuallyExclusive;
                if (FragmentFields(name) is not { } collected2 || ReferenceEquals(collected, collected2))
                {
                    continue;
                }

                Comparisons++;
                CollectConflictsBetween(conflicts, limit, areMutuallyExclusive, collected, collected2);

                for (var i = collected2.FragmentNames.Count - 1; i >= 0; i--)
                {
                    stack.Push(collected2.FragmentNames[i]);
                }
            }
        }
        finally
        {
            while (stack.Count > bottom)
            {
                stack.Pop();
            }
        }
    }

    // Compares item i of one fragment name list with the items of another (the later items of the
    // same list when within), skipping pairs of fragments whose contents are known to merge cleanly.
    private void CollectConflictsBetweenFragmentLists(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        PairWalk walk,
        List<string> names1,
        int i,
        List<string> names2)
    {
        // A unit per fragment keeps skipped pairs metered too; graphql-js charges two per pair here.
        Spend(1);
        walk.Begin(i);
        while (conflicts.Count < limit && walk.Next(out var j))
        {
            var before = conflicts.Count;
            if (CollectConflictsBetweenFragments(conflicts, limit, walk.AreMutuallyExclusive, names1[i], names2[j]))
            {
                walk.Report(conflicts.Count > before);
            }
            else
            {
                walk.Skip();
            }
        }
    }

    // Compares two fragments, then the first with every fragment the second spreads and the second
    // with every fragment the first spreads, depth first. Returns whether the pair itself was compared
    // now rather than skipped as already compared (or as a fragment against itself).
    private bool CollectConflictsBetweenFragments(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        var stack = _fragmentPairStack;
        var bottom = stack.Count;
        var first = true;
        var comparedFirst = false;
        stack.Push((fragmentName1, fragmentName2));
        try
        {
            while (stack.Count > bottom && conflicts.Count < limit)
            {
                var (name1, name2) = stack.Pop();
                var isFirst = first;
                first = false;
                Spend(2);
                if (string.Equals(name1, name2, StringComparison.Ordinal) || !MarkComparedPair(name1, name2, areMutuallyExclusive))
                {
                    continue;
                }

                comparedFirst |= isFirst;
                if (FragmentFields(name1) is not { } collected1 || FragmentFields(name2) is not { } collected2)
                {
                    continue;
                }

                Comparisons++;
                CollectConflictsBetween(conflicts, limit, areMutuallyExclusive, collected1, collected2);

                // Popped in reverse: first name1 against each fragment spread by fragment 2, then each
                // fragment spread by fragment 1 against name2.
                for (var i = collected1.FragmentNames.Count - 1; i >= 0; i--)
                {
                    stack.Push((collected1.FragmentNames[i], name2));
                }

                for (var i = collected2.FragmentNames.Count - 1; i >= 0; i--)
                {
                    stack.Push((name1, collected2.FragmentNames[i]));
                }
            }
        }
        finally
        {
            while (stack.Count > bottom)
            {
                stack.Pop();
            }
        }

        return comparedFirst;
    }

    // Records that the pair is being compared; false when it was compared before in a way that covers
    // this comparison (in general, or exclusively when this one is exclusive too).
    private bool MarkComparedPair(string name1, string name2, bool areMutuallyExclusive)
    {
        ref var onlyExclusive = ref CollectionsMarshal.GetValueRefOrAddDefault(_comparedFragmentPairs, PairKey(name1, name2), out var exists);
        if (exists && (areMutuallyExclusive || !onlyExclusive))
        {
            return false;
        }

        onlyExclusive = areMutuallyExclusive;
        return true;
    }

    private static (string, string) PairKey(string name1, string name2)
        => string.CompareOrdinal(name1, name2) <= 0 ? (name1, name2) : (name2, name1);

    private PairWalk NewFragmentWalk(bool areMutuallyExclusive, ClassLayout left, ClassLayout right, bool within)
        => new(_fragmentVerdicts, areMutuallyExclusive, left, right, within);

    private ClassLayout FragmentLayoutOf(CollectedFields collected)
    {
        if (collected.FragmentLayout is { } layout)
        {
            return layout;
        }

        var classes = new int[collected.FragmentNames.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = FragmentClass(collected.FragmentNames[i]);
        }

        return collected.FragmentLayout = new ClassLayout(classes);
    }

    // Fragments with the same type condition and the same selections, locations aside, are one class,
    // unless they spread fragments themselves. An unknown fragment is a class of its own.
    private int FragmentClass(string name)
    {
        if (_fragmentClasses.TryGetValue(name, out var classId))
        {
            return classId;
        }

        classId = _getFragment(name) is { } fragment && !HasSpreads(fragment.SelectionSet)
            ? ClassId(TypeFromCondition(fragment.TypeCondition), SelectionSetShape(fragment.SelectionSet))
            : UniqueClass();
        _fragmentClasses.Add(name, classId);
        return classId;
    }
}
