namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>The static cost of one operation, as the GraphQL Cost Directives specification defines it.</summary>
/// <param name="FieldCost">What resolving the operation costs: the weights of the fields it may resolve.</param>
/// <param name="TypeCost">What the response may hold: the weights of the objects it may contain.</param>
// https://ibm.github.io/graphql-specs/cost-spec.html
public sealed record OperationCost(double FieldCost, double TypeCost);
