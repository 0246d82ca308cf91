using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Members;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary>The exclusions of one sorted field.</summary>
public sealed class SortingOptions
{
    internal IgnoredMembers Ignored { get; } = new();

    /// <summary>
    /// Leaves <paramref name="member"/> out of <c>TEntitySortInput</c>. The generated type is shared by every field
    /// that sorts <typeparamref name="TEntity"/>, so all of them must ignore the same members; to exclude a member
    /// everywhere, mark it <see cref="NotSortableAttribute"/>.
    /// </summary>
    public SortingOptions Ignore<TEntity>(Expression<Func<TEntity, object?>> member)
    {
        Ignored.Add(member);
        return this;
    }
}
