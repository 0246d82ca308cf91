using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;

namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>Gadgets from memory: a resolver returning an enumerable filters and sorts with LINQ to objects.</summary>
public sealed class GadgetQuery
{
    public static readonly Gadget Root = new() { Id = 1, SerialNumber = "G-1", Nickname = "Alpha", Price = 10.5m, Weight = 1.5, MadeOn = new(2026, 1, 1), Sizes = [1, 2], Big = 5_000_000_000 };

    public static readonly IReadOnlyList<Gadget> All =
    [
        Root,
        new() { Id = 2, SerialNumber = "G-2", Nickname = null, Price = 3m, Weight = 2.5, MadeOn = new(2026, 2, 1), Parent = Root, Flag = true, Big = 1 },
        new() { Id = 3, SerialNumber = "g-3", Nickname = "beta", Price = 7.25m, Weight = 0.5, MadeOn = new(2025, 12, 1), Parent = Root, Flag = false, Sizes = [3] },
        new() { Id = 4, SerialNumber = "X_%", Nickname = "Alpha", Price = 3m, Weight = 9, MadeOn = new(2026, 3, 1), Key = Guid.Parse("0b9f4c9e-4e55-4b83-a6c5-5d1f6b0e1a01") },
    ];

    [UseFiltering]
    [UseSorting]
    public IEnumerable<Gadget> Gadgets => All;
}
