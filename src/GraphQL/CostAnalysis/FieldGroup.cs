using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>One response key of a selection set: its first field node and any others merged into it.</summary>
internal struct FieldGroup(string key, FieldNode first)
{
    public readonly string Key => key;

    public readonly FieldNode First => first;

    public List<FieldNode>? More { get; set; }
}
