using System.Text;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Validation.Rules;

/// <summary>
/// Two sets of fields that share a response name but cannot be merged, and why. The nodes start with
/// the two fields themselves and go on with the nested fields that caused the conflict.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedConflict(string responseName, string reason, List<FieldNode> fields1, List<FieldNode> fields2)
{
    /// <summary>Names and nested reasons are cut after this many characters.</summary>
    private const int MaxDetailLength = 1000;

    /// <summary>Each side keeps at most this many nodes (the field and its conflicting subfields).</summary>
    private const int MaxNodes = 20;

    public const string DifferingArguments = "they have differing arguments";

    public string ResponseName { get; } = responseName;

    public string Reason { get; } = reason;

    public List<FieldNode> Fields1 { get; } = fields1;

    public List<FieldNode> Fields2 { get; } = fields2;

    /// <summary>The error message, as graphql-js words it.</summary>
    public string Message
        => $"Fields \"{Abbreviate(ResponseName)}\" conflict because {Reason}. Use different aliases on the fields to fetch both if this was intentional.";

    /// <summary>The nodes to locate the error at: the first side's, then the second's.</summary>
    public IReadOnlyList<ISyntaxNode> Nodes
    {
        get
        {
            var nodes = new List<ISyntaxNode>(Fields1.Count + Fields2.Count);
            nodes.AddRange(Fields1);
            nodes.AddRange(Fields2);
            return nodes;
        }
    }

    public static string DifferentFields(string name1, string name2)
        => $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields";

    public static string ConflictingTypes(string type1, string type2)
        => $"they return conflicting types \"{type1}\" and \"{type2}\"";

    /// <summary>
    /// Folds the conflicts found between two fields' sub-selections into one conflict of the two fields,
    /// or returns <see langword="null"/> when there are none.
    /// </summary>
    public static OverlappingFieldsCanBeMergedConflict? FromSubfields(
        List<OverlappingFieldsCanBeMergedConflict> conflicts,
        string responseName,
        FieldNode node1,
        FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new OverlappingFieldsCanBeMergedConflict(
            responseName,
            Abbreviate(message.ToString()),
            CollectNodes(node1, conflicts, first: true),
            CollectNodes(node2, conflicts, first: false));
    }

    // The enclosing field first; from each nested conflict its last nodes while room is left, so that
    // the deepest fields, which locate the actual difference, survive the cut.
    private static List<FieldNode> CollectNodes(FieldNode node, List<OverlappingFieldsCanBeMergedConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var take = Math.Min(MaxNodes - nodes.Count, side.Count);
            for (var i = side.Count - take; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text)
        => text.Length > MaxDetailLength ? string.Concat(text.AsSpan(0, MaxDetailLength), "...") : text;
}
