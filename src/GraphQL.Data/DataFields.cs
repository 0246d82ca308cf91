using System.Reflection;
using KtPortal.GraphQL.Data.Members;

namespace KtPortal.GraphQL.Data;

/// <summary>What the data middleware learns from the member behind a field.</summary>
internal static class DataFields
{
    /// <summary>
    /// The entity type of a resolver returning <see cref="IQueryable{T}"/>, <see cref="IEnumerable{T}"/> or
    /// <see cref="DataQuery{T}"/>, possibly in a <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The member returns something else, or there is no member.</exception>
    public static Type ElementType(MemberInfo? member, string middleware)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            null => throw new InvalidOperationException($"{middleware}() needs the entity type on a field without a member: use {middleware}<T>()."),
            _ => throw new InvalidOperationException($"{middleware} applies to properties and methods."),
        };
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DataQuery<>))
        {
            return type.GetGenericArguments()[0];
        }

        return DataMembers.ElementType(type) is { } element && DataMembers.Classify(element) == MemberKind.Object
            ? element
            : throw new InvalidOperationException(
                $"{middleware} needs a resolver returning IQueryable<T> or IEnumerable<T> of an entity, not {type.Name}; or give the entity type explicitly.");
    }
}
