using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Members;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>The limits and exclusions of one filtered field.</summary>
public sealed class FilteringOptions
{
    /// <summary>The default of <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 16;

    /// <summary>The default of <see cref="MaxInValues"/>.</summary>
    public const int DefaultMaxInValues = 1_000;

    /// <summary>
    /// How deep filter objects may nest: the <c>where</c> object is level 1, and each <c>and</c>/<c>or</c> element,
    /// related entity (<c>requester: {...}</c>) and list element filter (<c>some: {...}</c>) one more.
    /// </summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>How many values one <c>in</c> or <c>nin</c> list may hold.</summary>
    public int MaxInValues { get; set; } = DefaultMaxInValues;

    internal IgnoredMembers Ignored { get; } = new();

    /// <summary>
    /// Leaves <paramref name="member"/> out of <c>TEntityFilterInput</c>. The generated type is shared by every field
    /// that filters <typeparamref name="TEntity"/>, so all of them must ignore the same members; to exclude a member
    /// everywhere, mark it <see cref="NotFilterableAttribute"/>.
    /// </summary>
    public FilteringOptions Ignore<TEntity>(Expression<Func<TEntity, object?>> member)
    {
        Ignored.Add(member);
        return this;
    }
}
