using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Validation;

namespace KtPortal.GraphQL.Execution;

/// <summary>How the executor behaves: limits, caching and error detail.</summary>
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
}
