using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Paging;

namespace KtPortal.GraphQL.Data.Tests.Fields;

/// <summary>An in-memory list, paged by LINQ to objects.</summary>
public sealed class ItemQuery
{
    private static readonly Item[] All = [.. Enumerable.Range(1, 250).Select(i => new Item { Id = i, Name = $"item {i % 7}" })];

    /// <summary>All items.</summary>
    [UsePaging]
    public IEnumerable<Item> GetItems() => All;

    /// <summary>Items by name.</summary>
    [UsePaging(DefaultPageSize = 5, MaxPageSize = 10, IncludeTotalCount = false)]
    public DataQuery<Item> GetItemsByName()
        => new DataQuery<Item>(All.AsQueryable()).OrderBy([new SortKey((Expression<Func<Item, string>>)(i => i.Name), Descending: false)]);
}

/// <summary>A thing.</summary>
public sealed class Item
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The name.</summary>
    public string Name { get; set; } = string.Empty;
}
