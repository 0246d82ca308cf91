using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>
/// Adds the argument <c>where: TFilterInput</c> to a field whose resolver returns <see cref="IQueryable{T}"/>,
/// <see cref="IEnumerable{T}"/> or <see cref="DataQuery{T}"/> of an entity, generates the filter input types, and
/// applies the filter as a predicate the database evaluates. Declare it after <c>[UsePaging]</c> and
/// <c>[UseProjection]</c> and before <c>[UseSorting]</c>, as in HotChocolate.
/// </summary>
/// <param name="entityType">The entity type; by default the element type of the member's return type.</param>
/// <param name="order">Filled in by the compiler: orders the member's field attributes.</param>
public sealed class UseFilteringAttribute(Type? entityType = null, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The entity type given explicitly, or <see langword="null"/>.</summary>
    public Type? EntityType { get; } = entityType;

    /// <summary>How deep filter objects may nest (see <see cref="FilteringOptions.MaxDepth"/>).</summary>
    public int MaxDepth { get; init; } = FilteringOptions.DefaultMaxDepth;

    /// <summary>How many values one <c>in</c> or <c>nin</c> list may hold.</summary>
    public int MaxInValues { get; init; } = FilteringOptions.DefaultMaxInValues;

    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => FilterMiddleware.Configure(
            context,
            descriptor,
            EntityType ?? DataFields.ElementType(member, "UseFiltering"),
            new FilteringOptions { MaxDepth = MaxDepth, MaxInValues = MaxInValues });
}
