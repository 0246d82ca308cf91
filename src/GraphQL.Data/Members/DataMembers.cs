using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>
/// The members of entity types that filter and sort inputs are made of: public readable instance properties in
/// declaration order (as the code-first output type lists them), named as the output type names them, without
/// members marked <see cref="GraphQLIgnoreAttribute"/>. Computed once per type.
/// </summary>
internal static class DataMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, DataMember>> ByType = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    /// <summary>The members of <paramref name="entityType"/> by GraphQL name, in declaration order.</summary>
    public static IReadOnlyDictionary<string, DataMember> Of(Type entityType) => ByType.GetOrAdd(entityType, Discover);

    /// <summary>What filtering and sorting can do with a value of <paramref name="type"/>.</summary>
    public static MemberKind Classify(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return MemberKind.String;
        }

        if (type == typeof(bool))
        {
            return MemberKind.Boolean;
        }

        if (type.IsEnum)
        {
            return MemberKind.Enum;
        }

        if (ExtendedScalars.TryGetScalarFor(type, out var scalar))
        {
            // URL and JSON values have no order and no useful equality in SQL.
            return scalar.Name is "URL" or "JSON" ? MemberKind.Unsupported : MemberKind.Comparable;
        }

        if (type.IsPrimitive && type != typeof(char) && type != typeof(IntPtr) && type != typeof(UIntPtr))
        {
            // long and friends: comparable when the member names its scalar with [GraphQLType] (see ScalarNames).
            return MemberKind.Comparable;
        }

        if (ElementType(type) is { } element)
        {
            return Classify(element) switch
            {
                MemberKind.String or MemberKind.Boolean or MemberKind.Enum or MemberKind.Comparable => MemberKind.ScalarList,
                MemberKind.Object => MemberKind.ObjectList,
                _ => MemberKind.Unsupported,
            };
        }

        return type.IsClass && !typeof(IEnumerable).IsAssignableFrom(type) ? MemberKind.Object : MemberKind.Unsupported;
    }

    /// <summary>The element type of a collection type, or <see langword="null"/> (strings are not collections).</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || type.IsArray && type.GetArrayRank() != 1)
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        var enumerable = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
        {
            return null;
        }

        return enumerable.GetGenericArguments()[0];
    }

    // Leading capitals are lowered together, as the code-first output types name fields: "ID" -> "id", "URLPath" -> "urlPath".
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        var lower = upper == name.Length ? upper : Math.Max(1, upper - 1);
        return string.Concat(name[..lower].ToLowerInvariant(), name.AsSpan(lower));
    }

    private static IReadOnlyDictionary<string, DataMember> Discover(Type entityType)
    {
        var members = new Dictionary<string, DataMember>(StringComparer.Ordinal);
        foreach (var property in entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0
                || property.IsDefined(typeof(GraphQLIgnoreAttribute), true))
            {
                continue;
            }

            var kind = Classify(property.PropertyType);
            if (kind == MemberKind.Unsupported)
            {
                continue;
            }

            var name = property.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(property.Name);
            var valueType = kind is MemberKind.ScalarList or MemberKind.ObjectList
                ? ElementType(property.PropertyType)!
                : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            members.TryAdd(name, new DataMember(
                name,
                property,
                kind,
                valueType,
                IsNullable(property),
                property.IsDefined(typeof(NotFilterableAttribute), true),
                property.IsDefined(typeof(NotSortableAttribute), true),
                kind is MemberKind.Comparable or MemberKind.String && IsKeyType(valueType) ? GlobalId(entityType, property) : null));
        }

        return members;
    }

    private static bool IsKeyType(Type type) => type == typeof(Guid) || type == typeof(int) || type == typeof(long) || type == typeof(string);

    // The type a member's global IDs belong to, as the output field encodes them: the one [ID] names; the declaring
    // type for [ID] alone and for a node's id (found as the schema build finds it: the property named Id, or else the
    // one marked [ID] without a type). DeclaringType stands for the latter.
    private static IDAttribute? GlobalId(Type entityType, PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<IDAttribute>(true);
        if (attribute is not null)
        {
            return attribute.TypeName is not null || attribute.Type is not null ? attribute : DeclaringType;
        }

        if (!entityType.IsDefined(typeof(NodeAttribute), false))
        {
            return null;
        }

        var idMember = entityType.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetCustomAttribute<IDAttribute>(true) is { TypeName: null, Type: null });
        return idMember == property ? DeclaringType : null;
    }

    /// <summary>The <see cref="DataMember.Id"/> of a member whose IDs belong to the type that declares it.</summary>
    public static IDAttribute DeclaringType { get; } = new IDAttribute<NodeOfDeclaringType>();

    /// <summary>A marker type: see <see cref="DeclaringType"/>.</summary>
    internal sealed class NodeOfDeclaringType;

    private static bool IsNullable(PropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        // NullabilityInfoContext is not thread-safe.
        lock (NullabilityLock)
        {
            return Nullability.Create(property).ReadState != NullabilityState.NotNull;
        }
    }
}
