using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Members;

/// <summary>Entity properties a field's options keep out of its generated filter or sort input.</summary>
internal sealed class IgnoredMembers
{
    private readonly HashSet<(Type Entity, string Property)> _ignored = [];

    public void Add<TEntity>(Expression<Func<TEntity, object?>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? convert.Operand
            : member.Body;
        if (body is not MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression })
        {
            throw new ArgumentException($"Ignore takes a property of {typeof(TEntity).Name}, such as e => e.Title; got {member}.", nameof(member));
        }

        _ignored.Add((typeof(TEntity), property.Name));
    }

    public bool Contains(Type entity, PropertyInfo property) => _ignored.Contains((entity, property.Name));
}
