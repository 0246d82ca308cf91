using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KtPortal.Conformance.Host;

/// <summary>
/// Answers one JSON request line with one JSON answer, in the shapes the Node runner compares
/// with graphql-js: <c>print</c>, <c>validate</c>, <c>buildSchema</c>,
/// <c>printSchema</c>, <c>printIntrospectionSchema</c>, and execution: <c>execute</c>, <c>introspect</c>,
/// <c>printReferenceSchema</c>.
/// </summary>
internal sealed class RequestHandler
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SchemaCache _schemas = new();
    private readonly Execution.ExecutionOperations _execution;

    public RequestHandler() => _execution = new(_schemas);

    public ReadOnlyMemory<byte> Handle(string line)
    {
        try
        {
            using var request = JsonDocument.Parse(line);
            return Answer(writer => Dispatch(request.RootElement, writer));
        }
#pragma warning disable CA1031 // Any engine failure is an answer the runner must show, not a host crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Answer(writer => WriteCrash(writer, exception));
        }
    }

    private static ReadOnlyMemory<byte> Answer(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private void Dispatch(JsonElement request, Utf8JsonWriter writer)
    {
        var op = request.GetProperty("op").GetString();
        switch (op)
        {
            case "ping":
                writer.WriteBoolean("pong", true);
                break;
            case "print":
                Operations.Print(Source(request), writer);
                break;
            case "validate":
                Operations.Validate(_schemas, request.GetProperty("schema").GetString() ?? string.Empty, Source(request), writer);
                break;
            case "buildSchema":
                Operations.BuildSchema(Source(request), writer);
                break;
            case "printSchema":
                SchemaPrintOperations.Print(Source(request), introspection: false, writer);
                break;
            case "printIntrospectionSchema":
                SchemaPrintOperations.Print(Source(request), introspection: true, writer);
                break;
            case "execute":
                _execution.Execute(request, writer);
                break;
            case "introspect":
                _execution.Introspect(request, writer);
                break;
            case "printReferenceSchema":
                _execution.PrintReferenceSchema(request, writer);
                break;
            default:
                throw new InvalidOperationException($"Unknown op \"{op}\".");
        }
    }

    private static string Source(JsonElement request) => request.GetProperty("source").GetString() ?? string.Empty;

    private static void WriteCrash(Utf8JsonWriter writer, Exception exception)
    {
        writer.WriteStartObject("crash");
        writer.WriteString("type", exception.GetType().FullName);
        writer.WriteString("message", exception.Message);
        writer.WriteString("stackTrace", exception.StackTrace);
        writer.WriteEndObject();
    }
}
