using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Data.Members;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value (dictionaries and lists, as the executor coerces input objects without a
/// runtime type) into a predicate that LINQ providers translate: member accesses, comparisons,
/// <see cref="string"/> methods, <see cref="Enumerable"/> calls, values read from closures (SQL parameters).
/// </summary>
/// <param name="options">The field's limits.</param>
/// <param name="inMemory">Whether the predicate runs in LINQ to objects, where a null navigation must be guarded.</param>
/// <param name="idTypes">The members compared with global IDs, and the type the IDs must be of.</param>
/// <param name="ids">Decodes global IDs.</param>
internal sealed partial class FilterExpressionBuilder(
    FilteringOptions options, bool inMemory, IReadOnlyDictionary<PropertyInfo, string> idTypes, INodeIdSerializer ids)
{
    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);

    private static readonly MethodInfo EnumerableAnyWhere = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    private static readonly MethodInfo EnumerableAll = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2);

    /// <summary>The predicate of <paramref name="filter"/>, or <see langword="null"/> when it sets no condition.</summary>
    /// <exception cref="Execution.GraphQLException">The filter breaks a limit or compares null where it cannot.</exception>
    public Expression<Func<T, bool>>? Build<T>(IReadOnlyDictionary<string, object?> filter, string argumentName)
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        var body = ObjectFilter(typeof(T), parameter, filter, argumentName, depth: 1);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private Expression? ObjectFilter(Type entityType, Expression instance, IReadOnlyDictionary<string, object?> filter, string path, int depth)
    {
        if (depth > options.MaxDepth)
        {
            throw DataErrors.Invalid(path, $"filters nest deeper than {options.MaxDepth} levels.");
        }

        var members = DataMembers.Of(entityType);
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var condition = name switch
            {
                FilterOperations.And => Logical(entityType, instance, value, $"{path}.{name}", depth, isAnd: true),
                FilterOperations.Or => Logical(entityType, instance, value, $"{path}.{name}", depth, isAnd: false),
                _ when members.TryGetValue(name, out var member) => MemberFilter(member, instance, value, $"{path}.{name}", depth),
                _ => throw DataErrors.Invalid(path, $"{entityType.Name} has no filterable member \"{name}\"."),
            };
            result = AndAlso(result, condition);
        }

        return result;
    }

    // An empty and/or list sets no condition, as an empty filter object does; an or with an empty element
    // ({} matches everything) matches everything.
    private Expression? Logical(Type entityType, Expression instance, object value, string path, int depth, bool isAnd)
    {
        Expression? result = null;
        var index = 0;
        foreach (var item in Items(value))
        {
            var condition = item is IReadOnlyDictionary<string, object?> element
                ? ObjectFilter(entityType, instance, element, $"{path}[{index}]", depth + 1)
                : null;
            if (condition is null && !isAnd)
            {
                return null;
            }

            result = isAnd ? AndAlso(result, condition) : result is null ? condition : Expression.OrElse(result, condition!);
            index++;
        }

        return result;
    }

    private Expression? MemberFilter(DataMember member, Expression instance, object value, string path, int depth)
    {
        var access = Expression.Property(instance, member.Property);
        var fields = Fields(value, path);
        switch (member.Kind)
        {
            case MemberKind.Object:
                return Guard(access, ObjectFilter(member.ValueType, access, fields, path, depth + 1), always: member.IsNullable);
            case MemberKind.ObjectList:
            case MemberKind.ScalarList:
                return Guard(access, ListFilter(member, access, fields, path, depth), always: false);
            default:
                return Operations(access, member.Kind, member.IsNullable, member.Id is null ? fields : Keys(member, fields, path), path, depth);
        }
    }

    // The operations of a global-ID member with their IDs decoded to keys: eq, neq, in and nin (the only ones its input
    // offers). An ID that is malformed, or of another type than the member's, is an error, never a filter that
    // silently matches nothing.
    private Dictionary<string, object?> Keys(DataMember member, IReadOnlyDictionary<string, object?> fields, string path)
    {
        var typeName = idTypes.TryGetValue(member.Property, out var known) ? known : member.Id!.TypeName;
        var keys = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (operation, value) in fields)
        {
            var operationPath = $"{path}.{operation}";
            keys[operation] = value switch
            {
                null => null,
                string id => Key(id, typeName, member.ValueType, operationPath),
                IEnumerable items when operation is FilterOperations.In or FilterOperations.Nin
                    => items.Cast<object?>().Select((item, i) => item is string id ? Key(id, typeName, member.ValueType, $"{operationPath}[{i}]") : item).ToList(),
                _ => throw DataErrors.Invalid(operationPath, "expected an ID."),
            };
        }

        return keys;
    }

    private object Key(string id, string? typeName, Type keyType, string path)
        => ids.TryParse(id, out var nodeId)
            && (typeName is null || string.Equals(nodeId.TypeName, typeName, StringComparison.Ordinal))
            && nodeId.TryGetKey(keyType, out var key)
                ? key
                : throw DataErrors.Invalid(path, typeName is null ? "is not a valid ID." : $"is not a valid {typeName} ID.");

    private Expression? ListFilter(DataMember member, Expression list, IReadOnlyDictionary<string, object?> fields, string path, int depth)
    {
        Expression? result = null;
        foreach (var (operation, value) in fields)
        {
            if (operation == FilterOperations.Any)
            {
                var any = Expression.Call(GenericMethods.Make(EnumerableAny, member.ValueType), list);
                result = AndAlso(result, value switch
                {
                    true => any,
                    false => Expression.Not(any),
                    _ => throw DataErrors.Invalid($"{path}.{operation}", "cannot be null."),
                });
                continue;
            }

            if (value is null)
            {
                continue;
            }

            var element = Expression.Parameter(member.ValueType, "x" + depth.ToString(CultureInfo.InvariantCulture));
            var elementFields = Fields(value, $"{path}.{operation}");
            var condition = member.Kind == MemberKind.ObjectList
                ? ObjectFilter(member.ValueType, element, elementFields, $"{path}.{operation}", depth + 1)
                : Operations(element, member.ElementKind, Nullable.GetUnderlyingType(member.ValueType) is not null, elementFields, $"{path}.{operation}", depth);
            var predicate = condition is null ? null : Expression.Lambda(GenericMethods.Predicate(member.ValueType), condition, element);
            Expression? test = operation switch
            {
                // An element filter that sets no condition matches every element.
                FilterOperations.Some => predicate is null
                    ? Expression.Call(GenericMethods.Make(EnumerableAny, member.ValueType), list)
                    : Expression.Call(GenericMethods.Make(EnumerableAnyWhere, member.ValueType), list, predicate),
                FilterOperations.None => Expression.Not(predicate is null
                    ? Expression.Call(GenericMethods.Make(EnumerableAny, member.ValueType), list)
                    : Expression.Call(GenericMethods.Make(EnumerableAnyWhere, member.ValueType), list, predicate)),
                FilterOperations.All => predicate is null ? null : Expression.Call(GenericMethods.Make(EnumerableAll, member.ValueType), list, predicate),
                _ => throw DataErrors.Invalid(path, $"unknown list operation \"{operation}\"."),
            };
            result = AndAlso(result, test);
        }

        return result;
    }

    // A filter on a nullable navigation only matches when the related entity exists, also under negations such
    // as neq: SQL alone would compare the missing row's columns as NULL, so neq would hold. EF Core drops the
    // test for a required navigation (joined with INNER JOIN). In memory every navigation and collection must be
    // tested before it is read.
    private Expression? Guard(Expression access, Expression? condition, bool always)
        => condition is null || !(inMemory || always) || access.Type.IsValueType
            ? condition
            : Expression.AndAlso(Expression.NotEqual(access, Expression.Constant(null, access.Type)), condition);

    private static Expression? AndAlso(Expression? left, Expression? right)
        => left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static IReadOnlyDictionary<string, object?> Fields(object value, string path)
        => value as IReadOnlyDictionary<string, object?>
            ?? throw DataErrors.Invalid(path, "expected an input object.");

    private static IEnumerable<object?> Items(object value)
        => value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?> ? items.Cast<object?>() : [value];
}
