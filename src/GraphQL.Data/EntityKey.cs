using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data;

/// <summary>
/// The key that makes an ordering total and a cursor unique: the property marked <see cref="KeyAttribute"/>, or
/// else the property named <c>Id</c>. Every ordering the data middleware applies ends with it (ascending), so
/// rows that tie on the requested keys still come in one stable order.
/// </summary>
public static class EntityKey
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Keys = new();

    // Shared rather than built per call: every ordering of a request ends with it, and the grouped page loader
    // compares the orderings of a level's parents, which is cheapest when they hold the same instance.
    private static readonly ConcurrentDictionary<Type, SortKey> SortKeys = new();

    /// <summary>The key property of <paramref name="entityType"/>, or <see langword="null"/> when it has none.</summary>
    public static PropertyInfo? Find(Type entityType)
        => Keys.GetOrAdd(entityType, static type =>
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            return properties.FirstOrDefault(p => p.IsDefined(typeof(KeyAttribute), true))
                ?? properties.FirstOrDefault(p => p.Name == "Id");
        });

    /// <summary>The key of <paramref name="entityType"/> as a sort key, ascending.</summary>
    /// <exception cref="InvalidOperationException">The type has no key.</exception>
    public static SortKey SortKey(Type entityType)
        => SortKeys.GetOrAdd(entityType, static type =>
        {
            var key = Find(type) ?? throw new InvalidOperationException(
                $"{type.Name} has no key: mark one property [Key] or name it Id, so orderings and cursors are stable.");
            var parameter = Expression.Parameter(type, "e");
            return new SortKey(Expression.Lambda(Expression.Property(parameter, key), parameter), Descending: false);
        });
}
