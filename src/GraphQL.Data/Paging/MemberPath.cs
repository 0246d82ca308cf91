using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Member paths (<c>t =&gt; t.Requester.DisplayName</c>) as lists of members, and getters that propagate nulls along them.</summary>
internal static class MemberPath
{
    /// <summary>The members of <paramref name="selector"/>'s body, outermost first.</summary>
    /// <exception cref="InvalidOperationException">The body is not a chain of member accesses on the parameter.</exception>
    public static IReadOnlyList<MemberInfo> Of(LambdaExpression selector)
    {
        var members = new List<MemberInfo>();
        var body = selector.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        while (body is MemberExpression member)
        {
            members.Add(member.Member);
            body = member.Expression!;
        }

        if (body is not ParameterExpression || members.Count == 0)
        {
            throw new InvalidOperationException(
                $"A keyset key must be a member path such as t => t.CreatedAt or t => t.Requester.Name, not {selector}.");
        }

        members.Reverse();
        return members;
    }

    /// <summary>A getter for <paramref name="members"/> on <paramref name="entityType"/> that gives null when a step is null.</summary>
    public static Func<object, object?> CompileGetter(Type entityType, IReadOnlyList<MemberInfo> members)
    {
        var parameter = Expression.Parameter(typeof(object), "entity");
        var nullResult = Expression.Constant(null, typeof(object));
        Expression current = Expression.Convert(parameter, entityType);
        var steps = new List<ParameterExpression>();
        var body = new List<Expression>();
        var end = Expression.Label(typeof(object), "end");
        foreach (var member in members)
        {
            current = Expression.MakeMemberAccess(current, member);
            var step = Expression.Variable(current.Type);
            steps.Add(step);
            body.Add(Expression.Assign(step, current));
            if (!current.Type.IsValueType || Nullable.GetUnderlyingType(current.Type) is not null)
            {
                body.Add(Expression.IfThen(Expression.Equal(step, Expression.Constant(null, current.Type)), Expression.Return(end, nullResult)));
            }

            current = step;
        }

        body.Add(Expression.Label(end, Expression.Convert(current, typeof(object))));
        return Expression.Lambda<Func<object, object?>>(Expression.Block(steps, body), parameter).Compile();
    }
}
