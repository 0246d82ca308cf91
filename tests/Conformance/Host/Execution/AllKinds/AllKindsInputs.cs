using KtPortal.GraphQL;

namespace KtPortal.Conformance.Host.Execution.AllKinds;

/// <summary>A range of integers; <c>from</c> defaults to 0.</summary>
[GraphQLName("Range")]
[GraphQLDescription("A range of integers.")]
public sealed record RangeInput(int To, int? From = 0);

/// <summary>Filters people: nested input objects, a list of enums, the custom scalar, a deprecated field.</summary>
[GraphQLName("Filter")]
[GraphQLDescription("Filters people.")]
public sealed class FilterInput
{
    public string? Name { get; init; }

    public IReadOnlyList<PetKind>? Kinds { get; init; }

    public RangeInput? Range { get; init; }

    public FilterInput? Nested { get; init; }

    [GraphQLType("Date")]
    public string? Born { get; init; }

    [GraphQLDeprecated("Ignored.")]
    public string? Legacy { get; init; }
}

/// <summary>Finds one thing, by exactly one key.</summary>
[OneOf]
[GraphQLName("Lookup")]
[GraphQLDescription("Finds one thing, by exactly one key.")]
public sealed class LookupInput
{
    [GraphQLType("ID")]
    public string? Id { get; init; }

    public string? Name { get; init; }

    [GraphQLType("Date")]
    public string? Born { get; init; }
}

/// <summary>The coerced filter, as the resolver received it.</summary>
[GraphQLDescription("The coerced filter, as the resolver received it.")]
public sealed class FilterEcho(FilterInput filter)
{
    public string? Name => filter.Name;

    public IReadOnlyList<PetKind>? Kinds => filter.Kinds;

    public RangeEcho? Range => filter.Range is null ? null : new RangeEcho(filter.Range);

    public FilterEcho? Nested => filter.Nested is null ? null : new FilterEcho(filter.Nested);

    [GraphQLType("Date")]
    public string? Born => filter.Born;

    public string? Legacy => filter.Legacy;
}

/// <summary>The coerced range.</summary>
[GraphQLDescription("The coerced range.")]
public sealed class RangeEcho(RangeInput range)
{
    public int? From => range.From;

    public int? To => range.To;
}

/// <summary>The list arguments of <c>Query.lists</c>, returned through every list shape.</summary>
[GraphQLDescription("The list arguments of Query.lists, returned through every list shape.")]
public sealed class Lists(IReadOnlyList<int?>? flat, IReadOnlyList<IReadOnlyList<int?>?>? nested)
{
    [GraphQLType("[Int]")]
    public IReadOnlyList<int?>? Flat => flat;

    [GraphQLType("[Int]!")]
    public IReadOnlyList<int?>? FlatNonNullList => flat;

    [GraphQLType("[Int!]")]
    public IReadOnlyList<int?>? FlatNonNullItems => flat;

    [GraphQLType("[Int!]!")]
    public IReadOnlyList<int?>? FlatNonNullBoth => flat;

    [GraphQLType("[[Int]]")]
    public IReadOnlyList<IReadOnlyList<int?>?>? Nested => nested;

    [GraphQLType("[[Int!]]")]
    public IReadOnlyList<IReadOnlyList<int?>?>? NestedInnerNonNull => nested;

    [GraphQLType("[[Int]!]")]
    public IReadOnlyList<IReadOnlyList<int?>?>? NestedMiddleNonNull => nested;

    [GraphQLType("[[Int!]]!")]
    public IReadOnlyList<IReadOnlyList<int?>?>? NestedOuterNonNull => nested;

    [GraphQLType("[[Int!]!]!")]
    public IReadOnlyList<IReadOnlyList<int?>?>? NestedAllNonNull => nested;
}
