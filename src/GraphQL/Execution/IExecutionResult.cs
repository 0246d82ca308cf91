namespace KtPortal.GraphQL.Execution;

/// <summary>What executing a request gives: one <see cref="OperationResult"/> or a <see cref="ResponseStream"/>.</summary>
public interface IExecutionResult : IAsyncDisposable
{
}
