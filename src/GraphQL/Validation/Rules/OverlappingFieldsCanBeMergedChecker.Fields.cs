using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedChecker
{
    // Pairs below this many are compared one by one; past it the class walk pays for itself.
    private const int SmallPairCount = 16;

    // Selection sets with at most this many response names are matched by name on every comparison.
    private const int SmallGroupCount = 8;

    private readonly Dictionary<VerdictKey, bool> _fieldVerdicts = new();

    // Compares every field of one group with every field of the other (with itself when within: each
    // pair once), skipping pairs whose classes are known to merge cleanly; long lists whose classes
    // repeat are walked class by class.
    private void CollectConflictsBetweenFields(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        bool parentFieldsAreMutuallyExclusive,
        FieldGroup group1,
        FieldGroup group2,
        bool within)
    {
        var fields1 = group1.Fields;
        var fields2 = group2.Fields;
        if (fields1.Count * fields2.Count > SmallPairCount)
        {
            var layout1 = LayoutOf(group1);
            var layout2 = LayoutOf(group2);

            // The class walk pays off only where classes repeat; lists of distinct fields go pair by pair.
            if (layout1.SlotCount * 2 <= layout1.Count || layout2.SlotCount * 2 <= layout2.Count)
            {
                WalkConflictsBetweenFields(conflicts, limit, parentFieldsAreMutuallyExclusive, group1, group2, within);
                return;
            }
        }

        for (var i = 0; i < fields1.Count; i++)
        {
            for (var j = within ? i + 1 : 0; j < fields2.Count; j++)
            {
                if (conflicts.Count >= limit)
                {
                    return;
                }

                // Only comparisons that descend into sub-selections, between classes that occur more
                // than once, are worth remembering.
                var remember = fields1[i].Node.SelectionSet is not null && fields2[j].Node.SelectionSet is not null;
                var key = default(VerdictKey);
                if (remember)
                {
                    key = new VerdictKey(ClassOf(fields1[i]), ClassOf(fields2[j]), parentFieldsAreMutuallyExclusive);
                    remember = IsShared(key.Class1) && IsShared(key.Class2) && (IsRecurring(key.Class1) || IsRecurring(key.Class2));
                    if (remember && _fieldVerdicts.TryGetValue(key, out var hasConflict) && !hasConflict)
                    {
                        continue;
                    }
                }

                var conflict = FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, fields1[i], fields2[j]);
                if (remember)
                {
                    _fieldVerdicts.TryAdd(key, conflict is not null);
                }

                if (conflict is not null)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }

    private void WalkConflictsBetweenFields(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        bool parentFieldsAreMutuallyExclusive,
        FieldGroup group1,
        FieldGroup group2,
        bool within)
    {
        var fields1 = group1.Fields;
        var fields2 = group2.Fields;
        var walk = new PairWalk(_fieldVerdicts, parentFieldsAreMutuallyExclusive, LayoutOf(group1), LayoutOf(group2), within);
        for (var i = 0; i < fields1.Count && conflicts.Count < limit; i++)
        {
            // A unit per field keeps skipped pairs metered too; graphql-js charges two per pair here.
            Spend(1);
            walk.Begin(i);
            while (conflicts.Count < limit && walk.Next(out var j))
            {
                var conflict = FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, fields1[i], fields2[j]);
                walk.Report(conflict is not null);
                if (conflict is not null)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }

    // Conflicts between two collected selection sets, fragments not included.
    private void CollectConflictsBetween(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        int limit,
        bool parentFieldsAreMutuallyExclusive,
        CollectedFields collected1,
        CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        if (collected1.Groups.Count <= SmallGroupCount)
        {
            // Cheaper to look the few names up again than to remember the overlap.
            foreach (var group1 in collected1.Groups)
            {
                if (conflicts.Count >= limit)
                {
                    return;
                }

                if (collected2.TryGetGroup(group1.ResponseName, out var group2))
                {
                    CollectConflictsBetweenFields(conflicts, limit, parentFieldsAreMutuallyExclusive, group1, group2, within: false);
                }
            }

            return;
        }

        foreach (var (group1, group2) in GetOverlappingGroups(collected1, collected2))
        {
            if (conflicts.Count >= limit)
            {
                return;
            }

            CollectConflictsBetweenFields(conflicts, limit, parentFieldsAreMutuallyExclusive, group1, group2, within: false);
        }
    }

    // The response names both sets select, in the first set's order. Looked up from the smaller side,
    // so a large set met by many small ones is not scanned each time.
    private List<(FieldGroup Group1, FieldGroup Group2)> GetOverlappingGroups(CollectedFields collected1, CollectedFields collected2)
    {
        var byOther = collected1.Overlaps ??= new Dictionary<CollectedFields, List<(FieldGroup, FieldGroup)>>(ReferenceEqualityComparer.Instance);
        if (byOther.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(FieldGroup Group1, FieldGroup Group2)>();
        if (collected1.Groups.Count <= collected2.Groups.Count)
        {
            Spend(collected1.Groups.Count);
            foreach (var group1 in collected1.Groups)
            {
                if (collected2.TryGetGroup(group1.ResponseName, out var group2))
                {
                    overlapping.Add((group1, group2));
                }
            }
        }
        else
        {
            Spend(collected2.Groups.Count);
            foreach (var group2 in collected2.Groups)
            {
                if (collected1.TryGetGroup(group2.ResponseName, out var group1))
                {
                    overlapping.Add((group1, group2));
                }
            }

            overlapping.Sort(static (a, b) => a.Group1.Index.CompareTo(b.Group1.Index));
        }

        byOther.Add(collected2, overlapping);
        return overlapping;
    }

    // https://spec.graphql.org/October2021/#FieldsInSetCanMerge()
    private OverlappingFieldsCanBeMergedConflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldDetails field1,
        FieldDetails field2)
    {
        // Fields on two different object types can never be selected for the same object, so only
        // their response shapes must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType);

        Comparisons++;
        Spend(2);

        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;

        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2)
            && string.Equals(node1.Name.Value, node2.Name.Value, StringComparison.Ordinal))
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            string? reason = null;
            if (!string.Equals(node1.Name.Value, node2.Name.Value, StringComparison.Ordinal))
            {
                reason = OverlappingFieldsCanBeMergedConflict.DifferentFields(node1.Name.Value, node2.Name.Value);
            }
            else if (!SameArguments(field1, field2))
            {
                reason = OverlappingFieldsCanBeMergedConflict.DifferingArguments;
            }

            if (reason is not null)
            {
                return new OverlappingFieldsCanBeMergedConflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new OverlappingFieldsCanBeMergedConflict(
                responseName,
                OverlappingFieldsCanBeMergedConflict.ConflictingTypes(type1.ToString()!, type2.ToString()!),
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                NamedType(type1),
                selectionSet1,
                NamedType(type2),
                selectionSet2);
            var conflict = OverlappingFieldsCanBeMergedConflict.FromSubfields(subConflicts, responseName, node1, node2);
            ReturnConflictList(subConflicts);
            return conflict;
        }

        return null;
    }

    // https://spec.graphql.org/October2021/#SameResponseShape()
    private bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);

            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.ElementType, list2.ElementType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.Type, nonNull2.Type);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            // Named types are unique within a schema, so a leaf conflicts with anything but itself.
            return type1 is ILeafType || type2 is ILeafType;
        }
    }

    // Arguments match when both fields pass the same names with the same values, in any order.
    private bool SameArguments(FieldDetails field1, FieldDetails field2)
    {
        var arguments1 = field1.Node.Arguments;
        var arguments2 = field2.Node.Arguments;
        if (arguments1.Count == 0)
        {
            return arguments2.Count == 0;
        }

        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        var values2 = ArgumentValuesOf(field2);
        foreach (var argument in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2)
                || !string.Equals(CanonicalValue(argument.Value), value2, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private Dictionary<string, string> ArgumentValuesOf(FieldDetails field)
    {
        if (field.ArgumentValues is { } cached)
        {
            return cached;
        }

        var values = new Dictionary<string, string>(field.Node.Arguments.Count, StringComparer.Ordinal);
        foreach (var argument in field.Node.Arguments)
        {
            // A repeated name keeps its last value, as a map built from the list would.
            values[argument.Name.Value] = CanonicalValue(argument.Value);
        }

        field.ArgumentValues = values;
        return values;
    }

    private static INamedType? NamedType(IType? type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.ElementType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.Type;
                    break;
                default:
                    return type as INamedType;
            }
        }
    }
}
