using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Data;

/// <summary>One key of an ordering: a member path on the entity (for example <c>t =&gt; t.Requester.DisplayName</c>) and its direction.</summary>
/// <param name="Selector">A lambda from the entity to the key.</param>
/// <param name="Descending">Whether the key sorts from high to low.</param>
public sealed record SortKey(LambdaExpression Selector, bool Descending)
{
    /// <summary>
    /// Whether an enum key sorts in the order its members are declared (by their values) rather than as the
    /// database stores it: a priority stored as its name would sort <c>HIGH</c>, <c>LOW</c>, <c>MEDIUM</c>,
    /// <c>URGENT</c>. The <c>order</c> argument sets it for every enum; an ordering the application writes keeps
    /// the database's order unless it sets it.
    /// </summary>
    public bool InDeclaredOrder { get; init; }

    /// <summary>
    /// What the rows are ordered by: <see cref="Selector"/>, or for an enum key <see cref="InDeclaredOrder"/>, the
    /// member's position among the enum's values (<c>t.Priority == Low ? 0 : t.Priority == Medium ? 1 : ...</c>,
    /// which SQL writes as a <c>CASE</c>). Kept per selector outside the record, so that <c>with</c> copies no stale
    /// rank.
    /// </summary>
    public LambdaExpression OrderSelector => InDeclaredOrder ? EnumOrder.Rank(Selector) : Selector;
}

/// <summary>The position of an enum value among its type's values, as an expression providers translate.</summary>
internal static class EnumOrder
{
    // The rank of a selector, made once: a query's keyset, ordering and loader name each ask for it.
    private static readonly ConditionalWeakTable<LambdaExpression, LambdaExpression> Ranks = new();

    /// <summary>Whether <paramref name="type"/> is an enum, or a nullable one.</summary>
    public static bool IsEnum(Type type) => (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    /// <summary>
    /// <paramref name="selector"/>'s value ranked: 0 for the enum's lowest value, 1 for the next, and so on; a value
    /// the enum does not declare after them all; null stays null. The selector itself when its type is no enum.
    /// </summary>
    public static LambdaExpression Rank(LambdaExpression selector) => Ranks.GetValue(selector, MakeRank);

    private static LambdaExpression MakeRank(LambdaExpression selector)
    {
        var type = selector.ReturnType;
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        if (!enumType.IsEnum)
        {
            return selector;
        }

        var values = Enum.GetValues(enumType).Cast<object>().Distinct().OrderBy(v => Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var nullable = type != enumType;
        var rankType = nullable ? typeof(int?) : typeof(int);
        var member = selector.Body;
        Expression rank = Expression.Constant(values.Length, rankType);
        if (nullable)
        {
            rank = Expression.Condition(Expression.Equal(member, Expression.Constant(null, type)), Expression.Constant(null, rankType), rank);
        }

        for (var i = values.Length - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(member, Expression.Constant(values[i], type)), Expression.Constant(i, rankType), rank);
        }

        return Expression.Lambda(rank, selector.Parameters);
    }
}
