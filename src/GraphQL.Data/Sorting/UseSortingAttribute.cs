using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Sorting;

/// <summary>
/// Adds the argument <c>order: [TSortInput!]</c> to a field whose resolver returns <see cref="IQueryable{T}"/>,
/// <see cref="IEnumerable{T}"/> or <see cref="DataQuery{T}"/> of an entity, generates the sort input types, and
/// orders the query by the given keys, then by the entity key (<see cref="DataQuery{T}.OrderKeys"/>). Declare it
/// last among the data attributes, as in HotChocolate.
/// </summary>
/// <param name="entityType">The entity type; by default the element type of the member's return type.</param>
/// <param name="order">Filled in by the compiler: orders the member's field attributes.</param>
public sealed class UseSortingAttribute(Type? entityType = null, [CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The entity type given explicitly, or <see langword="null"/>.</summary>
    public Type? EntityType { get; } = entityType;

    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => SortMiddleware.Configure(context, descriptor, EntityType ?? DataFields.ElementType(member, "UseSorting"), new SortingOptions());
}
