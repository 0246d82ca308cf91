using System.Collections.Concurrent;
using KtPortal.GraphQL.Fetching.Internal;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>The state of one execution: one request, or one event of a subscription.</summary>
internal sealed partial class OperationContext
{
    private readonly Lock _errorsLock = new();
    private List<GraphQLError>? _errors;
    private FieldCollector? _collector;
    private readonly ErrorHandling _errorHandling;
    private readonly IReadOnlyDictionary<string, object?>? _initialContextData;
    private readonly bool _isSubscriptionEvent;
    private ConcurrentDictionary<string, object?>? _contextData;
    private ResolverContext? _spareContext;
    private List<Func<ValueTask>>? _cleanups;

    // Null when no DataLoader can be used: resolvers then run without the bookkeeping batching needs.
    private readonly ExecutionBatchScheduler? _batching;

    // Whether fields with a batch resolver resolve once for the items of a list (RequestExecutorOptions.EnableBatchResolvers).
    private readonly bool _batchResolvers;

    public OperationContext(
        Schema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        IServiceProvider services,
        IReadOnlyDictionary<string, object?>? contextData,
        ErrorHandling errorHandling,
        bool isSubscriptionEvent,
        ExecutionBatchScheduler? batching,
        bool batchResolvers,
        CancellationToken requestAborted)
    {
        _batching = batching;
        _batchResolvers = batchResolvers;
        Schema = schema;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        _initialContextData = contextData;
        _errorHandling = errorHandling;
        _isSubscriptionEvent = isSubscriptionEvent;
        RequestAborted = requestAborted;
    }

    public Schema Schema { get; }

    public PreparedOperation Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public FieldCollector Collector => _collector ??= new FieldCollector(Schema, Operation.Fragments, Variables, Operation.CanCachePlans);

    public CancellationToken RequestAborted { get; }

    public IDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                // Resolvers of one level run concurrently and may all write request state.
                var created = _initialContextData is null
                    ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
                    : new ConcurrentDictionary<string, object?>(_initialContextData, StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _contextData, created, null);
            }

            return _contextData;
        }
    }

    /// <summary>The errors raised so far, in the order they were raised.</summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errorsLock)
            {
                return _errors is null ? [] : [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>Adds <paramref name="cleanup"/> to run when the execution ends (see <see cref="IResolverContext.RegisterForCleanup"/>).</summary>
    public void RegisterForCleanup(Func<ValueTask> cleanup)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        lock (_errorsLock)
        {
            (_cleanups ??= []).Add(cleanup);
        }
    }

    /// <summary>
    /// Runs the cleanups registered so far, the last first, each once; one that throws adds an error and the rest
    /// still run. The executor calls this when the execution has ended, whatever its outcome.
    /// </summary>
    public ValueTask CleanUpAsync() => Volatile.Read(ref _cleanups) is null ? default : RunCleanupsAsync();

    private async ValueTask RunCleanupsAsync()
    {
        while (true)
        {
            Func<ValueTask> cleanup;
            lock (_errorsLock)
            {
                if (_cleanups is not { Count: > 0 } cleanups)
                {
                    return;
                }

                cleanup = cleanups[^1];
                cleanups.RemoveAt(cleanups.Count - 1);
            }

            try
            {
                await cleanup().ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                foreach (var error in _errorHandling.FromException(exception, [], null))
                {
                    AddError(error);
                }
            }
        }
    }

    /// <summary>Executes the root selection set: every field started at once, or one by one for mutations.</summary>
    // https://spec.graphql.org/October2021/#sec-Executing-Operations
    public ValueTask<object?> ExecuteRootAsync(ObjectType rootType, bool serial)
    {
        FieldPlan[] plans;
        try
        {
            plans = Operation.GetRootPlans(Collector, rootType);
        }
        catch (GraphQLException exception)
        {
            // A directive argument that cannot be coerced fails the whole operation (data: null).
            foreach (var error in exception.Errors)
            {
                AddError(error);
            }

            return new ValueTask<object?>(Invalid.Value);
        }

        try
        {
            return ExecuteSelectionSet(rootType, RootValue, plans, FieldPath.Root, serial);
        }
        finally
        {
            // Every root field has started (or, for mutations, the first one): the root pass stops counting.
            _batching?.ExitRoot();
        }
    }

    private bool IsAborted(Exception exception)
        => exception is OperationCanceledException && RequestAborted.IsCancellationRequested;

    private void RecordError(string message, FieldPlan plan, PathRef path, string code, Exception? exception = null)
        => AddError(new GraphQLError(message)
        {
            Locations = plan.Locations,
            Path = path.ToPath().ToList(),
            Code = code,
            Exception = exception,
        });

    private void HandleException(Exception exception, FieldPlan plan, PathRef path)
    {
        foreach (var error in _errorHandling.FromException(exception, plan.Locations, path.ToPath().ToList()))
        {
            AddError(error);
        }
    }

    private ResolverContext CreateContext(ObjectType type, FieldPlan plan, object? parent, PathRef path, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = Interlocked.Exchange(ref _spareContext, null) ?? new ResolverContext();
        context.Initialize(this, type, plan, parent, path, arguments);
        return context;
    }

    // Only for leaf fields whose resolver completed synchronously: nothing of the executor refers to the
    // context any more.
    private void ReturnContext(ResolverContext context)
    {
        context.Clear();
        Volatile.Write(ref _spareContext, context);
    }
}
