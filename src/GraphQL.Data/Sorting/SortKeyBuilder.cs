using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Members;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> value (a list of dictionaries) into <see cref="SortKey"/>s, one per element, in
/// order. Each element (and each nested navigation object) sets exactly one field, as in HotChocolate, so that
/// the order of keys is the order of the list and never the order of fields inside an object.
/// </summary>
/// <param name="inMemory">Whether the keys run in LINQ to objects, where a null navigation must be guarded.</param>
internal sealed class SortKeyBuilder(bool inMemory)
{
    /// <exception cref="Execution.GraphQLException">An element sets more than one field.</exception>
    public IReadOnlyList<SortKey> Build<T>(IEnumerable<object?> order, string argumentName)
    {
        var keys = new List<SortKey>();
        var index = 0;
        foreach (var element in order)
        {
            var path = $"{argumentName}[{index++}]";
            if (element is not IReadOnlyDictionary<string, object?> fields)
            {
                continue;
            }

            var parameter = Expression.Parameter(typeof(T), "e");
            if (Key(typeof(T), parameter, null, fields, path) is { } key)
            {
                // An enum sorts in declared order, not in the order of what the database stores (often its name).
                keys.Add(new SortKey(Expression.Lambda(key.Selector, parameter), key.Descending) { InDeclaredOrder = EnumOrder.IsEnum(key.Selector.Type) });
            }
        }

        return keys;
    }

    private (Expression Selector, bool Descending)? Key(
        Type entityType, Expression instance, Expression? guard, IReadOnlyDictionary<string, object?> fields, string path)
    {
        var set = fields.Where(f => f.Value is not null).ToList();
        if (set.Count > 1)
        {
            throw DataErrors.Invalid(path, $"each sort object sets one field, this one sets {set.Count} ({string.Join(", ", set.Select(f => f.Key))}); list them as separate elements, in order.");
        }

        if (set.Count == 0)
        {
            return null;
        }

        var (name, value) = set[0];
        if (!DataMembers.Of(entityType).TryGetValue(name, out var member))
        {
            throw DataErrors.Invalid(path, $"{entityType.Name} has no sortable member \"{name}\".");
        }

        Expression access = Expression.Property(instance, member.Property);
        if (value is IReadOnlyDictionary<string, object?> nested)
        {
            var navigationGuard = inMemory ? Expression.NotEqual(access, Expression.Constant(null, access.Type)) : null;
            return Key(member.ValueType, access, guard is null ? navigationGuard : navigationGuard is null ? guard : Expression.AndAlso(guard, navigationGuard), nested, $"{path}.{name}");
        }

        var descending = value switch
        {
            "ASC" => false,
            "DESC" => true,
            _ => throw DataErrors.Invalid($"{path}.{name}", "expected ASC or DESC."),
        };

        // In memory, a key behind a missing navigation reads as null, which sorts first.
        if (guard is not null)
        {
            var type = access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null
                ? typeof(Nullable<>).MakeGenericType(access.Type)
                : access.Type;
            access = Expression.Condition(guard, Expression.Convert(access, type), Expression.Constant(null, type));
        }

        return (access, descending);
    }
}
