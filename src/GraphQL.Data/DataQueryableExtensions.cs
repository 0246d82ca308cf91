using System.Linq.Expressions;

namespace KtPortal.GraphQL.Data;

/// <summary>Starting points for data fields.</summary>
public static class DataQueryableExtensions
{
    /// <summary>
    /// The children of one parent, as a nested list resolver returns them:
    /// <c>db.Messages.ByParent(m =&gt; m.TicketId, ticket.Id)</c>. Unlike <c>Where(m =&gt; m.TicketId == ticket.Id)</c>,
    /// a paged field can load the pages of all parents in one statement.
    /// </summary>
    public static DataQuery<T> ByParent<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey>> parentKey, TKey parentValue)
        where TKey : notnull
        => DataQuery<T>.ByParent(source, parentKey, parentValue);
}
