using System.Collections.Concurrent;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// What projections ask of entity types by reflection, looked up once per type or property: a projection is
/// built for every request (and for every parent of a child list), and attribute lookups are slow.
/// </summary>
internal static class ProjectionMembers
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), PropertyInfo?> Properties = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> AlwaysProjectedMembers = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> Writable = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> Nullable = new();

    /// <summary>The property behind the GraphQL field <paramref name="fieldName"/> of <paramref name="type"/>, if any.</summary>
    public static PropertyInfo? Find(Type type, string fieldName)
        => Properties.GetOrAdd((type, fieldName), static key =>
        {
            var properties = key.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            return properties.FirstOrDefault(p => p.GetCustomAttribute<GraphQLNameAttribute>()?.Name == key.Field)
                ?? properties.FirstOrDefault(p => p.GetCustomAttribute<GraphQLNameAttribute>() is null
                    && p.GetCustomAttribute<GraphQLIgnoreAttribute>() is null
                    && string.Equals(p.Name, key.Field, StringComparison.OrdinalIgnoreCase));
        });

    /// <summary>The members of <paramref name="type"/> marked <c>[IsProjected(true)]</c>.</summary>
    public static PropertyInfo[] AlwaysProjected(Type type)
        => AlwaysProjectedMembers.GetOrAdd(type, static t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<IsProjectedAttribute>() is { IsProjected: true })]);

    /// <summary>Whether a projection can set <paramref name="property"/>: a public setter, and not <c>[IsProjected(false)]</c>.</summary>
    public static bool IsWritable(PropertyInfo property)
        => Writable.GetOrAdd(property, static p => p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<IsProjectedAttribute>() is not { IsProjected: false });

    /// <summary>Whether a reference-typed <paramref name="property"/> may hold null (by its nullable annotation).</summary>
    public static bool IsNullable(PropertyInfo property)
        => Nullable.GetOrAdd(property, static p =>

            // NullabilityInfoContext is not thread-safe: one per lookup, which happens once per property.
            !p.PropertyType.IsValueType && new NullabilityInfoContext().Create(p).ReadState != NullabilityState.NotNull);
}
