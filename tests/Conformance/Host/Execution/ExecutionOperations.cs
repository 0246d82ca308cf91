using System.Text.Json;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host.Execution;

/// <summary>
/// <c>execute</c>, <c>introspect</c> and <c>printReferenceSchema</c>: requests run through our
/// <see cref="RequestExecutor"/>, answered with the <see cref="OperationResult"/> as written for a client.
/// </summary>
internal sealed class ExecutionOperations(SchemaCache sdlSchemas)
{
    private readonly ReferenceSchemas _schemas = new(sdlSchemas);

    /// <summary><c>{"result": {...}}</c> for <c>{schema, query, variables, operationName}</c>.</summary>
    public void Execute(JsonElement request, Utf8JsonWriter writer)
    {
        var result = Run(request);
        writer.WritePropertyName("result");
        result.WriteTo(writer);
    }

    /// <summary>As <see cref="Execute"/>, plus <c>printed</c>: the schema as <see cref="SchemaPrinter"/> prints it.</summary>
    public void Introspect(JsonElement request, Utf8JsonWriter writer)
    {
        Execute(request, writer);
        writer.WriteString("printed", SchemaPrinter.Print(_schemas.GetSchema(SchemaOf(request))));
    }

    /// <summary><c>{"printed": ...}</c> for a reference schema by name.</summary>
    public void PrintReferenceSchema(JsonElement request, Utf8JsonWriter writer)
    {
        var name = SchemaOf(request);
        if (!_schemas.IsReference(name))
        {
            throw new InvalidOperationException($"No reference schema is named \"{name}\".");
        }

        writer.WriteString("printed", SchemaPrinter.Print(_schemas.GetSchema(name)));
    }

    private OperationResult Run(JsonElement request)
    {
        var executor = _schemas.GetExecutor(SchemaOf(request));
        var operation = new OperationRequest
        {
            Query = request.GetProperty("query").GetString(),
            OperationName = OptionalString(request, "operationName"),
            VariableValues = Variables(request),
            ContextData = ReferenceSchemas.CreateContextData(),
        };

        // The host answers one request at a time; blocking here keeps the protocol's order.
        var result = executor.ExecuteAsync(operation).AsTask().GetAwaiter().GetResult();
        return result as OperationResult
            ?? throw new InvalidOperationException($"Expected an OperationResult, got {result.GetType().Name}.");
    }

    private static string SchemaOf(JsonElement request) => request.GetProperty("schema").GetString() ?? string.Empty;

    private static string? OptionalString(JsonElement request, string name)
        => request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Variables reach the executor as a transport decodes them: one JsonElement per variable.
    private static Dictionary<string, object?>? Variables(JsonElement request)
    {
        if (!request.TryGetProperty("variables", out var variables) || variables.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in variables.EnumerateObject())
        {
            values[variable.Name] = variable.Value.Clone();
        }

        return values;
    }
}
