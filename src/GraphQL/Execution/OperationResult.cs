using System.Text;
using System.Text.Json;
using KtPortal.GraphQL.Execution.Internal;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// The result of a query or mutation, or one event of a subscription: <c>data</c>, <c>errors</c> and
/// <c>extensions</c>, written straight to UTF-8 JSON.
/// </summary>
public sealed class OperationResult : IExecutionResult
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly object? _data;

    /// <summary>
    /// The writer options every transport uses for responses: compact, and only the characters JSON requires
    /// are escaped (as graphql-js's <c>JSON.stringify</c> does).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal OperationResult(object? data, bool hasData, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        _data = data;
        HasData = hasData;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>The errors, in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; } = [];

    /// <summary>The <c>extensions</c> map, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// Whether the response has a <c>data</c> entry (false for request errors: syntax, validation, variables).
    /// </summary>
    public bool HasData { get; }

    /// <summary>Whether <c>data</c> is present and not null.</summary>
    public bool HasNonNullData => HasData && _data is not null;

    /// <summary>The completed data: an internal result object, or <see langword="null"/>.</summary>
    internal object? Data => _data;

    /// <summary>A result without data, for request errors (syntax, validation, variables, transport limits).</summary>
    /// <param name="errors">The errors; at least one.</param>
    public static OperationResult FromErrors(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new OperationResult(null, hasData: false, errors, null);
    }

    /// <summary>
    /// A copy of this result with one more <c>extensions</c> entry, replacing an entry of the same name. Entries are
    /// written in the order they were added; values are JSON-like (dictionaries, lists, strings, numbers, booleans).
    /// </summary>
    /// <param name="name">The entry name, e.g. <c>operationCost</c>.</param>
    /// <param name="value">The entry value.</param>
    public OperationResult WithExtension(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var extensions = new Dictionary<string, object?>((Extensions?.Count ?? 0) + 1, StringComparer.Ordinal);
        if (Extensions is not null)
        {
            foreach (var (key, existing) in Extensions)
            {
                extensions[key] = existing;
            }
        }

        extensions[name] = value;
        return new OperationResult(_data, HasData, Errors, extensions);
    }

    /// <summary>Writes the response object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, _data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes errors as the array a response's <c>errors</c> holds; transports whose messages carry errors
    /// alone (a WebSocket <c>error</c> message) use it.
    /// </summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ErrorJsonWriter.Write(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>The response as JSON text.</summary>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
