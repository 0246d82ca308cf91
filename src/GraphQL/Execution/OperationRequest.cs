using KtPortal.GraphQL.CostAnalysis;
using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// One GraphQL request, as a transport or a test hands it to <see cref="IRequestExecutor"/>: the document
/// (text or parsed), the operation to run, variables, extensions and request state.
/// </summary>
public sealed record OperationRequest
{
    /// <summary>The document text; one of <see cref="Query"/> and <see cref="Document"/> is required.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document; used instead of <see cref="Query"/>.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>A stable hash or id of the document, used as the operation cache key; computed when absent.</summary>
    public string? DocumentHash { get; init; }

    /// <summary>The operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as the transport decoded them: <see langword="null"/>, strings, booleans, numbers,
    /// <see cref="System.Text.Json.JsonElement"/>, or dictionaries and lists of those.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The request's <c>extensions</c> map.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The value passed as parent to the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request scope's services; the executor's root services when absent.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Initial request state, copied into <see cref="IResolverContext.ContextData"/>.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// Whether the request may use <c>__schema</c> and <c>__type</c>; when false they fail validation with
    /// code <c>INTROSPECTION_NOT_ALLOWED</c>. <c>__typename</c> is always allowed.
    /// </summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// Whether the response reports the operation's static cost in <c>extensions.operationCost</c>, and whether
    /// the operation runs at all (<see cref="CostReportMode.Validate"/> only computes and checks the cost).
    /// </summary>
    public CostReportMode CostReport { get; init; }
}
