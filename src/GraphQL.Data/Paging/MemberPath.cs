using System.Linq.Expressions;
using System.Reflection;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Member paths (<c>t =&gt; t.Requester.DisplayName</c>) as lists of members.</summary>
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
}
