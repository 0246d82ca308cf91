namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>The outcome of one analysis: the figures, a slicing-argument error, and whether variables were read.</summary>
internal sealed record CostAnalysisResult(OperationCost Cost, GraphQLError? Error, bool UsedVariables);
