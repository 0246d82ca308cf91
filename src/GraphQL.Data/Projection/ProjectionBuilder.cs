using System.Linq.Expressions;
using System.Reflection;
using KtPortal.GraphQL.Data.Paging;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// Builds <c>t =&gt; new Ticket { Id = t.Id, Title = t.Title, Requester = t.Requester == null ? null : new User { ... } }</c>
/// from what a request selects below a field, so that only the selected columns and the joins they need are read.
/// </summary>
public static class ProjectionBuilder
{
    /// <summary>
    /// The projection of the entities a field returns: its selections (under <c>nodes</c> and <c>edges.node</c> for a
    /// paged field), the entity key, every member of <paramref name="orderKeys"/> (cursors read them), members
    /// marked <see cref="IsProjectedAttribute"/>, those computed fields declare with <see cref="RequiresAttribute"/>,
    /// and <paramref name="extraMembers"/> (a parent key of nested pages).
    /// </summary>
    /// <param name="context">The context of the field being resolved.</param>
    /// <param name="orderKeys">The query's full ordering.</param>
    /// <param name="extraMembers">Further member paths to load.</param>
    public static Expression<Func<T, T>> Build<T>(IResolverContext context, IReadOnlyList<SortKey> orderKeys, IEnumerable<LambdaExpression>? extraMembers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orderKeys);
        var root = new ProjectionNode(typeof(T));
        foreach (var (type, nodes) in EntitySelections(context))
        {
            Fill(root, context, type, nodes);
        }

        foreach (var key in orderKeys)
        {
            root.AddPath(MemberPath.Of(key.Selector));
        }

        foreach (var member in extraMembers ?? [])
        {
            root.AddPath(MemberPath.Of(member));
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, T>>(root.ToExpression(parameter), parameter);
    }

    // The field nodes whose sub-selections are entities: the field's own, or those of nodes and edges.node.
    private static IEnumerable<(ObjectType Type, IReadOnlyList<FieldNode> Nodes)> EntitySelections(IResolverContext context)
    {
        if (context.Field.Type.NamedType() is not ObjectType fieldType)
        {
            yield break;
        }

        if (!context.Field.ContextData.ContainsKey(PagingField<object>.ContextKey))
        {
            yield return (fieldType, context.FieldNodes);
            yield break;
        }

        foreach (var selection in context.GetSelections(fieldType))
        {
            switch (selection.Field.Name)
            {
                case "nodes" when selection.Field.Type.NamedType() is ObjectType node:
                    yield return (node, selection.FieldNodes);
                    break;
                case "edges" when selection.Field.Type.NamedType() is ObjectType edge:
                    foreach (var inner in context.GetSelections(edge, selection.FieldNodes))
                    {
                        if (inner.Field.Name == "node" && inner.Field.Type.NamedType() is ObjectType node)
                        {
                            yield return (node, inner.FieldNodes);
                        }
                    }

                    break;
            }
        }
    }

    private static void Fill(ProjectionNode node, IResolverContext context, ObjectType type, IReadOnlyList<FieldNode> nodes)
    {
        foreach (var selection in context.GetSelections(type, nodes))
        {
            var field = selection.Field;
            if (field.ContextData.TryGetValue(RequiresAttribute.ContextKey, out var required) && required is IReadOnlyList<string> paths)
            {
                foreach (var path in paths)
                {
                    node.AddPath(ParsePath(node.Type, path, field));
                }
            }

            // A paged child list is resolved by its own middleware, grouped for all parents.
            if (field.ContextData.ContainsKey(PagingField<object>.ContextKey) || FindProperty(node.Type, field.Name) is not { } property)
            {
                continue;
            }

            switch (field.Type.NamedType())
            {
                case ObjectType child:
                    Fill(node.Child(property, ProjectionNode.ElementType(property.PropertyType) ?? property.PropertyType), context, child, selection.FieldNodes);
                    break;
                default:
                    // Scalars, enums, lists of them, and abstract types (loaded whole).
                    node.AddScalar(property);
                    break;
            }
        }
    }

    private static PropertyInfo? FindProperty(Type type, string fieldName) => ProjectionMembers.Find(type, fieldName);

    private static List<MemberInfo> ParsePath(Type type, string path, OutputField field)
    {
        var members = new List<MemberInfo>();
        foreach (var name in path.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"[Requires(\"{path}\")] on {field.Coordinate}: {type.Name} has no property {name}.");
            members.Add(property);
            type = ProjectionNode.ElementType(property.PropertyType) ?? property.PropertyType;
        }

        return members;
    }
}
