using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Execution;

/// <summary>How the executor behaves: limits (time and static cost), caching and error detail.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>The longest a request may run before it is cancelled with a <c>TIMEOUT</c> error. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether error messages and stack traces of unexpected exceptions appear in responses. Only ever true in
    /// Development; otherwise the caller sees <c>INTERNAL</c> and a trace id.
    /// </summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How many parsed and validated operations are kept. Default 1,000.</summary>
    public int OperationCacheSize { get; set; } = 1000;

    /// <summary>Limits applied when parsing request documents.</summary>
    public ParserOptions ParserOptions { get; set; } = ParserOptions.Default;

    /// <summary>Options for document validation.</summary>
    public DocumentValidatorOptions ValidationOptions { get; set; } = DocumentValidatorOptions.Default;

    /// <summary>
    /// The highest field cost (what resolving an operation costs) a request may have before it is rejected with
    /// <c>COST_LIMIT_EXCEEDED</c>, without running. Default 1,000, as in HotChocolate.
    /// </summary>
    public double MaxFieldCost { get; set; } = 1_000;

    /// <summary>
    /// The highest type cost (how many objects a response may hold) a request may have before it is rejected with
    /// <c>COST_LIMIT_EXCEEDED</c>, without running. Default 10,000.
    /// </summary>
    public double MaxTypeCost { get; set; } = 10_000;

    /// <summary>
    /// Whether <see cref="MaxFieldCost"/> and <see cref="MaxTypeCost"/> are enforced (true by default). When off, the
    /// cost is still computed for requests that ask for it.
    /// </summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>
    /// Whether executions count their resolvers so that DataLoader batches run when every resolver that could
    /// add keys is waiting (see <c>docs/graphql-execution.md</c>, "DataLoader"). Null (the default): on when the
    /// executor's services provide an <see cref="Fetching.IBatchScheduler"/> (<c>AddDataLoader</c> or
    /// <c>AddBatchScheduler</c> registers one) or a field of the schema is marked with
    /// <see cref="Fetching.DataLoaderFieldDescriptorExtensions.LoadsThroughDataLoaders(Types.IObjectFieldDescriptor)"/>
    /// (every paged field of GraphQL.Data is). When off, a load runs on the next thread-pool turn, which batches
    /// far less.
    /// </summary>
    public bool? EnableDataLoaders { get; set; }

    /// <summary>
    /// Whether fields with a batch resolver resolve once for all the items of a list (true by default; see
    /// <see cref="BatchFieldResolverDelegate"/> and <c>docs/graphql-execution.md</c>, "Batch resolvers"). When off,
    /// every item runs the field's ordinary resolver, as it does outside a list.
    /// </summary>
    public bool EnableBatchResolvers { get; set; } = true;

    /// <summary>
    /// How long a pending DataLoader batch waits for resolvers that are busy with something other than a load
    /// (another await, a lock) before it runs anyway. Default 50 ms; <see cref="Timeout.InfiniteTimeSpan"/> waits
    /// for them however long they take.
    /// </summary>
    public TimeSpan DataLoaderStallTimeout { get; set; } = TimeSpan.FromMilliseconds(50);
}
