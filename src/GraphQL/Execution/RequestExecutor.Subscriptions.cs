using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    // https://spec.graphql.org/October2021/#CreateSourceEventStream()
    private async ValueTask<IExecutionResult> SubscribeAsync(
        OperationRequest request,
        PreparedOperation operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        // The source stream keeps its context's token for as long as it lives (reads per event, an iterator's
        // [EnumeratorCancellation] parameter), so it is not one of the pooled timeout sources, which go back to the
        // pool, and to other requests, when this method returns. The execution timeout bounds only the creation;
        // after it, the token means "the caller went away", and the stream disposes it with itself.
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            lifetime.CancelAfter(_options.ExecutionTimeout);
        }

        try
        {
            var context = CreateContext(request, operation, variables, request.RootValue, isSubscriptionEvent: false, lifetime.Token);
            var plans = operation.GetRootPlans(context.Collector, rootType);
            if (plans.Length == 0)
            {
                var fieldName = FirstFieldName(operation);
                return ErrorResult([new GraphQLError($"The subscription field \"{fieldName}\" is not defined.") { Code = ErrorCodes.SubscriptionInvalid }]);
            }

            IAsyncEnumerable<object?>? source;
            try
            {
                source = await context.CreateSourceStreamAsync(rootType, plans[0]).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                await context.CleanUpAsync().ConfigureAwait(false);
                return TimeoutResult();
            }

            // The source stream's resolver has ended; each event is an execution of its own, with its own cleanups.
            await context.CleanUpAsync().ConfigureAwait(false);
            if (source is null || context.Errors.Count > 0)
            {
                // A cleanup that failed after the stream was made fails the subscription: the stream is released.
                if (source is IAsyncDisposable made)
                {
                    await made.DisposeAsync().ConfigureAwait(false);
                }

                return ErrorResult(context.Errors);
            }

            lifetime.CancelAfter(Timeout.InfiniteTimeSpan);
            var timedOut = lifetime.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            var stream = new ResponseStream(
                source,
                (sourceEvent, token) => ExecuteOperationAsync(request, operation, rootType, variables, sourceEvent, isSubscriptionEvent: true, token),
                lifetime);

            // The stream owns the token now.
            lifetime = null;
            if (timedOut)
            {
                // The timeout fired just as the stream was made: released, source and token, as any unread stream is.
                await stream.DisposeAsync().ConfigureAwait(false);
                return TimeoutResult();
            }

            return stream;
        }
        finally
        {
            lifetime?.Dispose();
        }
    }

    private static string FirstFieldName(PreparedOperation operation)
    {
        foreach (var selection in operation.Definition.SelectionSet.Selections)
        {
            if (selection is Language.FieldNode field)
            {
                return field.Name.Value;
            }
        }

        return string.Empty;
    }
}
