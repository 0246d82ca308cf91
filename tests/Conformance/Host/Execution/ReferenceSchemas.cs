using KtPortal.Conformance.Host.Execution.AllKinds;
using KtPortal.Conformance.Host.Execution.StarWars;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host.Execution;

/// <summary>
/// The schemas requests execute against: a reference schema by name (<c>starwars</c>, <c>allkinds</c>), or any
/// SDL text built as it is. Each gets one <see cref="RequestExecutor"/> with default options.
/// </summary>
internal sealed class ReferenceSchemas(SchemaCache sdlSchemas)
{
    private readonly Dictionary<string, Func<Schema>> _factories = new(StringComparer.Ordinal)
    {
        ["starwars"] = StarWarsSchema.Create,
        ["allkinds"] = AllKindsSchema.Create,
    };

    private readonly Dictionary<string, Schema> _references = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IRequestExecutor> _executors = new(StringComparer.Ordinal);

    public bool IsReference(string name) => _factories.ContainsKey(name);

    public Schema GetSchema(string nameOrSdl)
    {
        if (!_factories.TryGetValue(nameOrSdl, out var create))
        {
            return sdlSchemas.GetOrBuild(nameOrSdl);
        }

        if (!_references.TryGetValue(nameOrSdl, out var schema))
        {
            schema = create();
            _references.Add(nameOrSdl, schema);
        }

        return schema;
    }

    public IRequestExecutor GetExecutor(string nameOrSdl)
    {
        if (!_executors.TryGetValue(nameOrSdl, out var executor))
        {
            executor = new RequestExecutor(GetSchema(nameOrSdl));
            _executors.Add(nameOrSdl, executor);
        }

        return executor;
    }

    /// <summary>Fresh request state: the all-kinds schema keeps its mutation counter there.</summary>
    public static IReadOnlyDictionary<string, object?> CreateContextData()
        => new Dictionary<string, object?>(StringComparer.Ordinal) { [Counter.Key] = new Counter() };
}
