using KtPortal.GraphQL.Types;

namespace KtPortal.Conformance.Host;

/// <summary>Test schemas by their SDL text, built once per host process.</summary>
internal sealed class SchemaCache
{
    private readonly Dictionary<string, Schema> _schemas = new(StringComparer.Ordinal);

    public Schema GetOrBuild(string sdl)
    {
        if (!_schemas.TryGetValue(sdl, out var schema))
        {
            schema = SchemaBuilder.New().AddDocumentFromString(sdl).Create();
            _schemas.Add(sdl, schema);
        }

        return schema;
    }
}
