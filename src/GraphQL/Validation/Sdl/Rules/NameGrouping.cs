using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Sdl.Rules;

/// <summary>Groups name nodes by value, keeping the order in which each value first appears.</summary>
internal static class NameGrouping
{
    public static List<List<NameNode>> Duplicates(IReadOnlyList<NameNode> names)
    {
        var duplicates = new List<List<NameNode>>();
        if (!HasDuplicate(names))
        {
            return duplicates;
        }

        var groups = new Dictionary<string, List<NameNode>>(names.Count, StringComparer.Ordinal);
        var order = new List<List<NameNode>>(names.Count);
        foreach (var name in names)
        {
            if (!groups.TryGetValue(name.Value, out var group))
            {
                group = [];
                groups.Add(name.Value, group);
                order.Add(group);
            }

            group.Add(name);
        }

        foreach (var group in order)
        {
            if (group.Count > 1)
            {
                duplicates.Add(group);
            }
        }

        return duplicates;
    }

    // Argument lists are short, so a pairwise scan is cheaper than a dictionary in the common, valid case.
    private static bool HasDuplicate(IReadOnlyList<NameNode> names)
    {
        for (var i = 1; i < names.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[i].Value, names[j].Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static NameNode[] NamesOf(IReadOnlyList<InputValueDefinitionNode> nodes)
    {
        var names = new NameNode[nodes.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = nodes[i].Name;
        }

        return names;
    }

    public static NameNode[] NamesOf(IReadOnlyList<ArgumentNode> nodes)
    {
        var names = new NameNode[nodes.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = nodes[i].Name;
        }

        return names;
    }
}
