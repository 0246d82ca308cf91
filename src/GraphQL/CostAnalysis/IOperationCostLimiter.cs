using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.CostAnalysis;

/// <summary>
/// Charges each operation's static cost against a budget before it runs, as GitHub's GraphQL rate limit does.
/// Registered in the request's services (or the executor's); when present, the executor computes the cost of
/// every operation (not only of those that ask for it) and calls it once per operation, after the cost limits
/// passed and before anything executes. A request run with <see cref="CostReportMode.Validate"/> is not charged.
/// </summary>
public interface IOperationCostLimiter
{
    /// <summary>
    /// Charges <paramref name="cost"/>; returns <see langword="null"/> to run the operation, or the request error
    /// to answer with instead (nothing is executed then).
    /// </summary>
    ValueTask<GraphQLError?> ChargeAsync(OperationRequest request, OperationCost cost, CancellationToken cancellationToken);
}
