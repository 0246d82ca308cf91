using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

/// <summary>Executes requests against one schema: parse (cached), validate (cached), execute.</summary>
public interface IRequestExecutor
{
    /// <summary>The schema requests run against.</summary>
    Schema Schema { get; }

    /// <summary>
    /// Runs one request. Queries and mutations give an <see cref="OperationResult"/>; a subscription gives a
    /// <see cref="ResponseStream"/>, or an <see cref="OperationResult"/> with errors when it cannot start.
    /// Request errors (syntax, validation, variable coercion) come back as results, never as exceptions.
    /// </summary>
    ValueTask<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default);
}
