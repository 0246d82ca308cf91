using System.Globalization;
using KtPortal.GraphQL.Authorization;
using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Execution.Internal;
using KtPortal.GraphQL.Fetching;
using KtPortal.GraphQL.Fetching.Internal;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;
using KtPortal.GraphQL.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema with the semantics of the GraphQL specification and graphql-js 16:
/// parse and validate (both cached), pick the operation, coerce variables, check the static cost (see
/// <see cref="RequestExecutorOptions.MaxFieldCost"/>), then execute queries (fields of one level run
/// concurrently), mutations (root fields one after another) and subscriptions.
/// </summary>
/// <remarks>
/// Fields without a resolver read a dictionary entry or a public property or field of the parent value with the
/// field's name. A subscription root field without a resolver yields the source event itself. <c>__typename</c>
/// is answered by the executor; <c>__schema</c> and <c>__type</c> run the resolvers of
/// <see cref="Introspection.SchemaField"/> and <see cref="Introspection.TypeField"/> on the query root.
/// Thread-safe.
/// </remarks>
// https://spec.graphql.org/October2021/#sec-Execution
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly RequestExecutorOptions _options;
    private readonly IServiceProvider _services;
    private readonly ErrorHandling _errorHandling;
    private readonly DocumentValidator _validator;
    private readonly OperationCache _cache;
    private readonly OperationCache _cacheByText;
    private readonly CostAnalyzer _costAnalyzer;
    private readonly bool _dataLoadersEnabled;
    private int _parseCount;

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema requests run against.</param>
    /// <param name="options">Limits, caching and error detail; the defaults when <see langword="null"/>.</param>
    /// <param name="services">The root services, used when a request brings none.</param>
    /// <param name="errorFilters">Filters applied to every error, in order.</param>
    /// <param name="logger">Receives unexpected exceptions with their trace id.</param>
    public RequestExecutor(
        Schema schema,
        RequestExecutorOptions? options = null,
        IServiceProvider? services = null,
        IEnumerable<IErrorFilter>? errorFilters = null,
        ILogger<RequestExecutor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? new RequestExecutorOptions();
        _services = services ?? EmptyServiceProvider.Instance;
        _errorHandling = new ErrorHandling(
            _options.IncludeExceptionDetails,
            errorFilters is null ? [] : [.. errorFilters],
            (ILogger?)logger ?? NullLogger.Instance);

        // The executor caches whole documents, so the validator keeps no cache of its own.
        _validator = new DocumentValidator(_options.ValidationOptions with { CacheSize = 0 });
        _cache = new OperationCache(_options.OperationCacheSize);
        _cacheByText = new OperationCache(_options.OperationCacheSize);
        _costAnalyzer = new CostAnalyzer(schema, new CostSchemaInfo(schema));

        // Batching needs every resolver counted; an application without DataLoaders does not pay for that. A schema
        // whose fields load through DataLoaders themselves (nested paging) turns it on, so no one can forget it.
        _dataLoadersEnabled = _options.EnableDataLoaders
            ?? (_services.GetService(typeof(IBatchScheduler)) is not null || DataLoaderFieldDescriptorExtensions.AnyFieldLoadsThroughDataLoaders(schema));
    }

    /// <inheritdoc/>
    public Schema Schema { get; }

    /// <summary>How many documents were parsed (cache hits excluded).</summary>
    internal int ParseCount => _parseCount;

    /// <summary>How many documents were validated (cache hits excluded).</summary>
    internal int ValidationCount => _validator.ValidationCount;

    /// <inheritdoc/>
    public async ValueTask<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        if (!TryGetDocument(request, out var document, out var documentErrors))
        {
            return ErrorResult(documentErrors);
        }

        if (document.ValidationErrors.Count > 0)
        {
            return ErrorResult(document.ValidationErrors);
        }

        if (!TrySelectOperation(document, request.OperationName, out var definition, out var operationError))
        {
            return ErrorResult([operationError]);
        }

        var operation = document.GetOperation(definition);

        // https://spec.graphql.org/October2021/#sec-Introspection
        if (!request.AllowIntrospection && operation.UsesIntrospection)
        {
            return ErrorResult([new GraphQLError("Introspection is not allowed for the current request.") { Code = ErrorCodes.IntrospectionNotAllowed }]);
        }

        var rootType = Schema.GetRootType(definition.Operation);
        if (rootType is null)
        {
            var error = new GraphQLError($"Schema is not configured to execute {OperationName(definition.Operation)} operation.")
            {
                Locations = FieldPlan.Locate([definition]),
                Code = ErrorCodes.OperationNotSupported,
            };

            // graphql-js reports a missing query or mutation root as an execution error (data: null), and a
            // missing subscription root while creating the source stream (no data).
            return definition.Operation == OperationType.Subscription
                ? ErrorResult([error])
                : new OperationResult(null, hasData: true, _errorHandling.Filter([error]), null);
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, definition, request.VariableValues, _options.ValidationOptions.HideSuggestions, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ErrorResult(variableErrors);
        }

        var services = request.Services ?? _services;
        if (services.GetService(typeof(IOperationAuthorizer)) is IOperationAuthorizer authorizer
            && await authorizer.AuthorizeAsync(request, definition, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return ErrorResult([refused]);
        }

        var limiter = services.GetService(typeof(IOperationCostLimiter)) as IOperationCostLimiter;
        if (!TryCheckCost(request, operation, rootType, variables, limiter is not null, out var cost, out var rejected))
        {
            return rejected!;
        }

        if (request.CostReport == CostReportMode.Validate)
        {
            return WithCost(OperationResult.FromErrors([]), cost!);
        }

        if (limiter is not null && await limiter.ChargeAsync(request, cost!, cancellationToken).ConfigureAwait(false) is { } limited)
        {
            return ErrorResult([limited]);
        }

        if (definition.Operation == OperationType.Subscription)
        {
            return await SubscribeAsync(request, operation, rootType, variables, cancellationToken).ConfigureAwait(false);
        }

        var result = await ExecuteOperationAsync(request, operation, rootType, variables, request.RootValue, isSubscriptionEvent: false, cancellationToken).ConfigureAwait(false);
        return request.CostReport == CostReportMode.Report ? WithCost(result, cost!) : result;
    }

    private async ValueTask<OperationResult> ExecuteOperationAsync(
        OperationRequest request,
        PreparedOperation operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        bool isSubscriptionEvent,
        CancellationToken cancellationToken)
    {
        using var timeout = TimeoutSources.Rent(_options.ExecutionTimeout, cancellationToken);
        var context = CreateContext(request, operation, variables, rootValue, isSubscriptionEvent, timeout.Token);

        object? data = null;
        var timedOut = false;
        try
        {
            data = await context.ExecuteRootAsync(rootType, serial: operation.Definition.Operation == OperationType.Mutation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
        }
        finally
        {
            // The execution has ended, however it did: what its resolvers registered for cleanup runs now.
            await context.CleanUpAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (timedOut || timeout.IsCancellationRequested)
        {
            return TimeoutResult();
        }

        return new OperationResult(Invalid.Is(data) ? null : data, hasData: true, _errorHandling.Filter(context.Errors), null);
    }

    private OperationContext CreateContext(
        OperationRequest request,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        bool isSubscriptionEvent,
        CancellationToken cancellationToken)
        => new(
            Schema,
            operation,
            variables,
            rootValue,
            request.Services ?? _services,
            request.ContextData,
            _errorHandling,
            isSubscriptionEvent,
            _dataLoadersEnabled ? new ExecutionBatchScheduler(_options.DataLoaderStallTimeout) : null,
            _options.EnableBatchResolvers,
            cancellationToken);

    private OperationResult TimeoutResult()
    {
        var seconds = _options.ExecutionTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return ErrorResult([new GraphQLError($"The request exceeded the configured timeout of {seconds} seconds.") { Code = ErrorCodes.Timeout }]);
    }

    private OperationResult ErrorResult(IReadOnlyList<GraphQLError> errors)
        => OperationResult.FromErrors(_errorHandling.Filter(errors));

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    // https://spec.graphql.org/October2021/#GetOperation()
    private static bool TrySelectOperation(
        CachedDocument document,
        string? operationName,
        out OperationDefinitionNode operation,
        out GraphQLError error)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    operation = null!;
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.") { Code = ErrorCodes.OperationNotFound };
                    return false;
                }

                found = candidate;
            }
            else if (string.Equals(candidate.Name?.Value, operationName, StringComparison.Ordinal))
            {
                found = candidate;
            }
        }

        if (found is null)
        {
            operation = null!;
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".")
            {
                Code = ErrorCodes.OperationNotFound,
            };
            return false;
        }

        operation = found;
        error = null!;
        return true;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
