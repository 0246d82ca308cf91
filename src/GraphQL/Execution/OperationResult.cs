using System.Text.Json;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// The result of a query or mutation, or one event of a subscription: <c>data</c>, <c>errors</c> and
/// <c>extensions</c>, written straight to UTF-8 JSON.
/// </summary>
public sealed class OperationResult : IExecutionResult
{
    /// <summary>The errors, in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = [];

    /// <summary>The <c>extensions</c> map, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// Whether the response has a <c>data</c> entry (false for request errors: syntax, validation, variables).
    /// </summary>
    public bool HasData { get; }

    /// <summary>Writes the response object.</summary>
    public void WriteTo(Utf8JsonWriter writer) => throw new NotImplementedException();

    /// <summary>The response as JSON text.</summary>
    public string ToJson(bool indented = false) => throw new NotImplementedException();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
