namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>An in-memory entity with one member of each shape filtering and sorting must handle.</summary>
public sealed class Gadget
{
    public int Id { get; init; }

    [GraphQLName("serial")]
    public string SerialNumber { get; init; } = string.Empty;

    public string? Nickname { get; init; }

    [GraphQLIgnore]
    public string Secret { get; init; } = string.Empty;

    [NotFilterable]
    public string Notes { get; init; } = string.Empty;

    [NotSortable]
    public int Rank { get; init; }

    public Guid Key { get; init; }

    // The engine maps long to no scalar by convention; naming one makes the member filterable and sortable.
    [GraphQLType(typeof(LongScalar))]
    public long Big { get; init; }

    public decimal Price { get; init; }

    public double Weight { get; init; }

    public DateOnly MadeOn { get; init; }

    public bool? Flag { get; init; }

    public Gadget? Parent { get; init; }

    public IReadOnlyList<int> Sizes { get; init; } = [];
}
