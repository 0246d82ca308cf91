using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Data.Members;

namespace KtPortal.GraphQL.Data.Filtering;

// The operators of one scalar member: comparisons, in/nin, string matching.
internal sealed partial class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    // depth: the level of the filter object holding the member; and/or elements of a string's operations
    // nest further, and count against the same limit.
    private Expression? Operations(Expression member, MemberKind kind, bool isNullable, IReadOnlyDictionary<string, object?> operations, string path, int depth)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            var operationPath = $"{path}.{operation}";
            if (operation is FilterOperations.And or FilterOperations.Or)
            {
                result = AndAlso(result, value is null ? null : LogicalOperations(member, kind, isNullable, value, operationPath, depth, operation == FilterOperations.And));
                continue;
            }

            var condition = operation switch
            {
                FilterOperations.Eq => Equal(member, isNullable, value, operationPath),
                FilterOperations.Neq => Expression.Not(Equal(member, isNullable, value, operationPath)),
                FilterOperations.In => In(member, isNullable, value, operationPath),
                FilterOperations.Nin => Expression.Not(In(member, isNullable, value, operationPath)),
                FilterOperations.Gt => Expression.GreaterThan(member, Value(member, value, operationPath)),
                FilterOperations.Ngt => Expression.Not(Expression.GreaterThan(member, Value(member, value, operationPath))),
                FilterOperations.Gte => Expression.GreaterThanOrEqual(member, Value(member, value, operationPath)),
                FilterOperations.Ngte => Expression.Not(Expression.GreaterThanOrEqual(member, Value(member, value, operationPath))),
                FilterOperations.Lt => Expression.LessThan(member, Value(member, value, operationPath)),
                FilterOperations.Nlt => Expression.Not(Expression.LessThan(member, Value(member, value, operationPath))),
                FilterOperations.Lte => Expression.LessThanOrEqual(member, Value(member, value, operationPath)),
                FilterOperations.Nlte => Expression.Not(Expression.LessThanOrEqual(member, Value(member, value, operationPath))),
                _ when kind == MemberKind.String => Text(member, isNullable, operation, value, operationPath),
                _ => throw DataErrors.Invalid(operationPath, "unknown operator."),
            };
            result = AndAlso(result, condition);
        }

        return result;
    }

    // StringOperationFilterInput's and/or, as HotChocolate has them: title: { or: [{ startsWith: "a" }, { endsWith: "z" }] }.
    private Expression? LogicalOperations(Expression member, MemberKind kind, bool isNullable, object value, string path, int depth, bool isAnd)
    {
        if (depth + 1 > options.MaxDepth)
        {
            throw DataErrors.Invalid(path, $"filters nest deeper than {options.MaxDepth} levels.");
        }

        Expression? result = null;
        var index = 0;
        foreach (var item in Items(value))
        {
            var condition = item is IReadOnlyDictionary<string, object?> element
                ? Operations(member, kind, isNullable, element, $"{path}[{index}]", depth + 1)
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

    // Only eq and neq compare with null, and only on members that can hold it: "title: { eq: null }" on a
    // non-nullable title is a mistake worth reporting, not a filter that silently matches nothing.
    private static Expression Equal(Expression member, bool isNullable, object? value, string path)
    {
        if (value is null)
        {
            return isNullable
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : throw DataErrors.Invalid(path, "cannot be null: the field is not nullable.");
        }

        return Expression.Equal(member, Value(member, value, path));
    }

    private Expression In(Expression member, bool isNullable, object? value, string path)
    {
        if (value is null)
        {
            throw DataErrors.Invalid(path, "cannot be null; give a list.");
        }

        var items = Items(value).ToList();
        if (items.Count > options.MaxInValues)
        {
            throw DataErrors.Invalid(path, $"has {items.Count} values; at most {options.MaxInValues} are allowed.");
        }

        var array = Members.Arrays.Create(member.Type, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null && !isNullable)
            {
                throw DataErrors.Invalid($"{path}[{i}]", "cannot be null: the field is not nullable.");
            }

            array.SetValue(items[i] is null ? null : Convert(items[i]!, member.Type, $"{path}[{i}]"), i);
        }

        return Expression.Call(GenericMethods.Make(EnumerableContains, member.Type), ValueHolders.Read(array, array.GetType()), member);
    }

    private static Expression Value(Expression member, object? value, string path)
        => value is null
            ? throw DataErrors.Invalid(path, "cannot be null; only eq and neq compare with null.")
            : ValueHolders.Read(Convert(value, member.Type, path), member.Type);

    // Case-insensitive operators compare lower(column) with the value lowered here, which PostgreSQL
    // serves from an expression index on lower(column); LIKE wildcards in the value are escaped by EF Core.
    private Expression Text(Expression member, bool isNullable, string operation, object? value, string path)
    {
        var ignoreCase = operation.EndsWith(FilterOperations.IgnoreCase, StringComparison.Ordinal);
        var name = ignoreCase ? operation[..^FilterOperations.IgnoreCase.Length] : operation;
        if (value is not string text)
        {
            throw value is null ? DataErrors.Invalid(path, "cannot be null.") : DataErrors.Invalid(path, "expected a string.");
        }

        var subject = ignoreCase ? Expression.Call(member, StringToLower) : member;
        var argument = ValueHolders.Read(ignoreCase ? text.ToLowerInvariant() : text, typeof(string));
        var negated = name.StartsWith('n');
        Expression test = name switch
        {
            FilterOperations.Eq or FilterOperations.Neq => Expression.Equal(subject, argument),
            FilterOperations.Contains or FilterOperations.NContains => Expression.Call(subject, StringContains, argument),
            FilterOperations.StartsWith or FilterOperations.NStartsWith => Expression.Call(subject, StringStartsWith, argument),
            FilterOperations.EndsWith or FilterOperations.NEndsWith => Expression.Call(subject, StringEndsWith, argument),
            _ => throw DataErrors.Invalid(path, "unknown operator."),
        };

        // A null string matches no pattern (and so every negated one), in SQL and in memory alike.
        if (isNullable && (ignoreCase || name is not (FilterOperations.Eq or FilterOperations.Neq)))
        {
            test = Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), test);
        }

        return negated ? Expression.Not(test) : test;
    }

    private static object Convert(object value, Type type, string path)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        try
        {
            return (value, target) switch
            {
                (DateTimeOffset offset, _) when target == typeof(DateTime) => offset.UtcDateTime,
                (string name, _) when target.IsEnum => Enum.Parse(target, name, ignoreCase: true),
                (IConvertible, _) when target.IsPrimitive || target == typeof(decimal) => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
                _ => throw DataErrors.Invalid(path, $"expected a value of {target.Name}."),
            };
        }
        catch (Exception exception) when (exception is OverflowException or FormatException or ArgumentException or InvalidCastException)
        {
            throw DataErrors.Invalid(path, $"{value} does not fit the field.");
        }
    }
}
