using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>The selection sets priced together: the operation's own, or those of a field's merged nodes.</summary>
internal readonly struct SelectionSets(SelectionSetNode? root, FieldGroup group)
{
    public int Count => root is not null ? 1 : 1 + (group.More?.Count ?? 0);

    /// <summary>How many selections the first set holds, to size the collected fields.</summary>
    public int FirstCount => this[0]?.Selections.Count ?? 0;

    public SelectionSetNode? this[int index] => root ?? (index == 0 ? group.First.SelectionSet : group.More![index - 1].SelectionSet);
}
