namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>A field's weight and, when it has <c>@listSize</c>, its list size.</summary>
internal sealed record FieldCost(double Weight, ListSize? ListSize);
