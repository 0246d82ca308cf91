using System.Reflection;

namespace KtPortal.GraphQL.Data;

/// <summary>The entity type behind a data field's CLR return type.</summary>
internal static class DataFieldTypes
{
    /// <summary>
    /// <c>T</c> of a member returning <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, <c>DataQuery&lt;T&gt;</c>, or any
    /// of them in a <c>Task</c> or <c>ValueTask</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The member returns none of these.</exception>
    public static Type EntityTypeOf(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            FieldInfo field => field.FieldType,
            _ => throw new InvalidOperationException($"{member.Name} is not a property or method."),
        };

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DataQuery<>))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var candidate in type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException(
            $"a data field must return IQueryable<T>, IEnumerable<T> or DataQuery<T>, not {type.Name}.");
    }
}
