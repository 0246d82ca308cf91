using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Projection;

/// <summary>
/// Loads only what the request selects: the resolver's <c>IQueryable&lt;T&gt;</c> gets a member-init projection
/// of the selected members (and the joins they need), the key, and the members the ordering needs. Put it after
/// <c>[UsePaging]</c> and before <c>[UseFiltering]</c>/<c>[UseSorting]</c>.
/// </summary>
/// <param name="order">Filled in by the compiler.</param>
public sealed class UseProjectionAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    /// <summary>The entity type, when the member's return type does not say it.</summary>
    public Type? EntityType { get; set; }

    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
        => descriptor.UseProjection(EntityType ?? DataFieldTypes.EntityTypeOf(member));
}
