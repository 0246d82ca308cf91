using System.Collections;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>
/// Builds the CLR value of an input object with <see cref="IDAttribute"/> properties when the resolver runs,
/// not while arguments are coerced: decoding needs the request's <see cref="INodeIdSerializer"/>, and a wrong ID
/// must fail the field (<c>VALIDATION_FAILED</c> at its path) rather than the whole request.
/// </summary>
internal sealed class IdInputDecoder
{
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; set; }

    public List<(string FieldName, Type PropertyType, string? TypeName)> IdFields { get; } = [];

    /// <summary>The input object (or list of them) built from coerced fields, with each ID decoded to its key.</summary>
    public object? Create(IResolverContext context, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> fields:
                return CreateOne(context, fields);
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(Create(context, item));
                }

                return list;
            default:
                return value;
        }
    }

    private object CreateOne(IResolverContext context, IReadOnlyDictionary<string, object?> fields)
    {
        var decoded = new Dictionary<string, object?>(fields, StringComparer.Ordinal);
        foreach (var (name, propertyType, typeName) in IdFields)
        {
            if (decoded.TryGetValue(name, out var raw))
            {
                decoded[name] = Decode(context, raw, typeName, propertyType);
            }
        }

        return Factory!(decoded);
    }

    private static object? Decode(IResolverContext context, object? raw, string? typeName, Type propertyType)
    {
        switch (raw)
        {
            case null:
                return null;
            case string id:
                return NodeIds.DecodeOne(context, id, typeName, Nullable.GetUnderlyingType(propertyType) ?? propertyType);
            default:
                var keyType = NodeIds.KeyTypeOfList(propertyType);
                var keys = new List<object?>();
                foreach (var item in (IEnumerable)raw)
                {
                    keys.Add(item is string itemId ? NodeIds.DecodeOne(context, itemId, typeName, keyType) : null);
                }

                return keys;
        }
    }
}
