namespace KtPortal.Domain.Plans;

/// <summary>What is wrong with a plan's input, and which input field it concerns.</summary>
/// <param name="Field">The input field, in GraphQL's camelCase.</param>
/// <param name="Message">Why it is refused.</param>
public sealed record PlanProblem(string Field, string Message);
