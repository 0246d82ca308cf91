using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Execution;

/// <summary>How the executor behaves: limits, caching and error detail.</summary>
public sealed record RequestExecutorOptions
{
    /// <summary>The longest a request may run before it is cancelled with a <c>TIMEOUT</c> error. Default 30 s.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether error messages and stack traces of unexpected exceptions appear in responses. Only ever true in
    /// Development; otherwise the caller sees <c>INTERNAL</c> and a trace id.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>How many parsed and validated operations are kept. Default 1,000.</summary>
    public int OperationCacheSize { get; init; } = 1000;

    /// <summary>Limits applied when parsing request documents.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Options for document validation.</summary>
    public DocumentValidatorOptions ValidationOptions { get; init; } = DocumentValidatorOptions.Default;
}
