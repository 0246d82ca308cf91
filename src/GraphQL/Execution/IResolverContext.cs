using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// What a resolver sees: the field, its parent value, its coerced arguments, services and the request. The
/// context is valid until the resolver's task completes; the executor may reuse it afterwards, so a resolver
/// must not keep it (copy what later work needs).
/// </summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type the field is resolved on.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The first field node of the selection (the one that names the response key).</summary>
    FieldNode Selection { get; }

    /// <summary>Every field node merged into this response key, in document order.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response name: the alias, or the field name.</summary>
    string ResponseName { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>
    /// Whether what this operation selects can depend on its variables (an <c>@skip</c> or <c>@include</c> with a
    /// variable anywhere in it). When false, the selections below a field are the same in every request of the
    /// document, whatever its variables, and what is built from them can be kept across requests.
    /// </summary>
    bool SelectionsDependOnVariables => true;

    /// <summary>The response path of this field.</summary>
    FieldPath Path { get; }

    /// <summary>The parent value (the root value for root fields, the event for subscription fields).</summary>
    object? Parent();

    /// <summary>The parent value as <typeparamref name="T"/>.</summary>
    T Parent<T>();

    /// <summary>
    /// The coerced value of the argument <paramref name="name"/> converted to <typeparamref name="T"/>. Lists
    /// convert to arrays, <see cref="List{T}"/> or any list interface; input objects are already their runtime
    /// type when the schema binds one, otherwise <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
    /// </summary>
    T ArgumentValue<T>(string name);

    /// <summary>The coerced argument value as coerced, or <see langword="null"/>.</summary>
    object? ArgumentValue(string name);

    /// <summary>Whether the argument was given (literally, by a provided variable, or by a default value).</summary>
    bool HasArgument(string name);

    /// <summary>
    /// Whether the argument <paramref name="name"/>, as the document writes it, reads a variable. When false, its
    /// value is the same in every request of the document: a literal, or the argument's default.
    /// </summary>
    bool ArgumentUsesVariables(string name) => true;

    /// <summary>The services of the request scope.</summary>
    IServiceProvider Services { get; }

    /// <summary>A required service of the request scope.</summary>
    T Service<T>()
        where T : notnull;

    /// <summary>Request state shared by every resolver: set by the transport (user, claims) or by resolvers.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Signalled when the request is aborted or the execution timeout passes.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>Adds a field error at this field's path without failing the field.</summary>
    void ReportError(GraphQLError error);

    /// <summary>
    /// Runs <paramref name="cleanup"/> once the execution this field belongs to has ended (HotChocolate's
    /// <c>RegisterForCleanup</c> with <c>CleanAfter.Request</c>): after its last field, however it ended (completed,
    /// failed, timed out or aborted), and before its result is returned. An execution is one request, or one event
    /// of a subscription (the source stream's own resolver is cleaned up once the stream is made). Cleanups run one
    /// at a time, the last registered first, as nested <c>using</c> blocks end. One that throws becomes an error of
    /// the result, as a resolver's exception does, and the others still run.
    /// </summary>
    void RegisterForCleanup(Func<ValueTask> cleanup);
}
