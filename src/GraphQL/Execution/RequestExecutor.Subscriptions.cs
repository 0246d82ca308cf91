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
        using var timeout = TimeoutSources.Rent(_options.ExecutionTimeout, cancellationToken);
        var context = CreateContext(request, operation, variables, request.RootValue, isSubscriptionEvent: false, timeout.Token);

        var plans = operation.GetRootPlans(context.Collector, rootType);
        if (plans.Length == 0)
        {
            var fieldName = FirstFieldName(operation);
            return ErrorResult([new GraphQLError($"The subscription field \"{fieldName}\" is not defined.") { Code = ErrorCodes.SubscriptionInvalid }]);
        }

        IAsyncEnumerable<object?> source;
        try
        {
            var created = await context.CreateSourceStreamAsync(rootType, plans[0]).ConfigureAwait(false);
            if (created is null)
            {
                return ErrorResult(context.Errors);
            }

            source = created;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TimeoutResult();
        }

        return new ResponseStream(
            source,
            (sourceEvent, token) => ExecuteOperationAsync(request, operation, rootType, variables, sourceEvent, isSubscriptionEvent: true, token));
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
