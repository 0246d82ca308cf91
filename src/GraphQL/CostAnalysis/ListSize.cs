namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>The arguments of one <c>@listSize</c> application.</summary>
internal sealed record ListSize(int? AssumedSize, string[] SlicingArguments, string[] SizedFields, bool RequireOneSlicingArgument);
