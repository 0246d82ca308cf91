using System.Reflection;
using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// Makes a list field a Relay cursor connection (<c>XConnection</c> with <c>first/after/last/before</c>), paged by
/// keyset on the field's ordering. The resolver returns <c>IQueryable&lt;T&gt;</c> (or what the inner data
/// middleware made of it); the page is one statement. Put it first: <c>[UsePaging] [UseProjection] [UseFiltering] [UseSorting]</c>.
/// </summary>
/// <param name="order">Filled in by the compiler.</param>
public sealed class UsePagingAttribute([CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    private int? _defaultPageSize;
    private int? _maxPageSize;
    private bool? _includeTotalCount;

    /// <summary>The page size without first/last; the global option unless set.</summary>
    public int DefaultPageSize
    {
        get => _defaultPageSize ?? 0;
        set => _defaultPageSize = value;
    }

    /// <summary>The largest first/last; the global option unless set.</summary>
    public int MaxPageSize
    {
        get => _maxPageSize ?? 0;
        set => _maxPageSize = value;
    }

    /// <summary>Whether the connection has <c>totalCount</c>; the global option unless set.</summary>
    public bool IncludeTotalCount
    {
        get => _includeTotalCount ?? false;
        set => _includeTotalCount = value;
    }

    /// <summary>The node type, when the member's return type does not say it.</summary>
    public Type? EntityType { get; set; }

    /// <inheritdoc/>
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member)
    {
        var entityType = EntityType ?? DataFieldTypes.EntityTypeOf(member);
        descriptor.UsePaging(entityType, options =>
        {
            options.DefaultPageSize = _defaultPageSize ?? options.DefaultPageSize;
            options.MaxPageSize = _maxPageSize ?? options.MaxPageSize;
            options.IncludeTotalCount = _includeTotalCount ?? options.IncludeTotalCount;
        });
    }
}
