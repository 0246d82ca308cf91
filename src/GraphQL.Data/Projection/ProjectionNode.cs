using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// The members to load of one entity type: scalars copied as they are, references and collections projected in
/// turn. Built from the selection set and from the members the ordering, the key and computed fields need, then
/// turned into one member-init expression.
/// </summary>
internal sealed class ProjectionNode(Type type)
{
    private readonly List<(PropertyInfo Property, ProjectionNode? Child)> _members = [];

    public Type Type { get; } = type;

    /// <summary>Adds a scalar (or whole-value) member.</summary>
    public void AddScalar(PropertyInfo property)
    {
        if (IndexOf(property) < 0)
        {
            _members.Add((property, null));
        }
    }

    /// <summary>The node of a reference or collection member, added when missing.</summary>
    public ProjectionNode Child(PropertyInfo property, Type elementType)
    {
        var index = IndexOf(property);
        if (index >= 0 && _members[index].Child is { } existing)
        {
            return existing;
        }

        var child = new ProjectionNode(elementType);
        if (index >= 0)
        {
            _members[index] = (property, child);
        }
        else
        {
            _members.Add((property, child));
        }

        return child;
    }

    /// <summary>Adds a dotted member path (<c>Requester.DisplayName</c>); a missing member is an error of the code that named it.</summary>
    public void AddPath(IReadOnlyList<MemberInfo> members, int start = 0)
    {
        var property = (PropertyInfo)members[start];
        if (start == members.Count - 1)
        {
            AddScalar(property);
            return;
        }

        Child(property, ElementType(property.PropertyType) ?? property.PropertyType).AddPath(members, start + 1);
    }

    /// <summary>The member-init expression of this node over <paramref name="source"/>.</summary>
    public Expression ToExpression(Expression source)
    {
        AddAlwaysProjected();
        var key = EntityKey.Find(Type);
        if (key is not null && IsWritable(key))
        {
            AddScalar(key);
        }

        var bindings = new List<MemberBinding>(_members.Count);
        foreach (var (property, child) in _members)
        {
            if (!IsWritable(property))
            {
                continue;
            }

            var access = Expression.Property(source, property);
            bindings.Add(Expression.Bind(property, child is null ? access : child.Project(access, property)));
        }

        return Expression.MemberInit(Expression.New(Type), bindings);
    }

    private Expression Project(Expression access, PropertyInfo property)
    {
        if (ElementType(property.PropertyType) is { } elementType)
        {
            // A collection navigation loads in the same statement (EF's collection projection).
            var element = Expression.Parameter(elementType, char.ToLowerInvariant(elementType.Name[0]).ToString());
            var selector = Expression.Lambda(ToExpression(element), element);
            Expression projected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [elementType, elementType], access, selector);
            projected = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [elementType], projected);
            return projected.Type == property.PropertyType || property.PropertyType.IsAssignableFrom(projected.Type)
                ? projected
                : throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} must be a List<T> or a list interface to be projected.");
        }

        var init = ToExpression(access);

        // Only an optional navigation can be null; EF needs the test to give null rather than an empty object.
        return IsNullable(property)
            ? Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, access.Type), init)
            : init;
    }

    private void AddAlwaysProjected()
    {
        foreach (var property in ProjectionMembers.AlwaysProjected(Type))
        {
            AddScalar(property);
        }
    }

    private int IndexOf(PropertyInfo property) => _members.FindIndex(m => m.Property == property);

    private static bool IsWritable(PropertyInfo property) => ProjectionMembers.IsWritable(property);

    private static bool IsNullable(PropertyInfo property) => ProjectionMembers.IsNullable(property);

    /// <summary>The element type of a collection navigation; strings and byte arrays are values, not collections.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || type == typeof(byte[]) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var element = enumerable?.GetGenericArguments()[0];

        // A list of scalars (tags) is a value; only lists of entity classes are navigations.
        return element is { IsClass: true } && element != typeof(string) ? element : null;
    }
}
