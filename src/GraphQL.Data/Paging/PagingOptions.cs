namespace KtPortal.GraphQL.Data.Paging;

/// <summary>
/// How paged fields behave: set globally with <c>ModifyPagingOptions</c> on the GraphQL builder, or per field on
/// <c>[UsePaging]</c> and <c>UsePaging(...)</c>.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>The page size when the request gives neither <c>first</c> nor <c>last</c>. 20 by default.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted. 100 by default.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Whether the connection type has a <c>totalCount</c> field. True by default.</summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>
    /// The <c>@cost</c> weight of a paged field. 5 by default, so that a page of 100 with a nested page of 3 per
    /// node stays under the default field-cost limit of 1,000 (see docs/graphql-data.md).
    /// </summary>
    public double FieldCost { get; set; } = 5;

    /// <summary>
    /// Whether a page of a query on a PostgreSQL EF Core context is written as SQL by the data layer and read into
    /// its projection directly, instead of through EF Core's query pipeline; the pages of many parents are then one
    /// <c>LATERAL</c> join. A query it cannot write runs through EF Core either way. True by default; see
    /// docs/graphql-data.md, "Statements".
    /// </summary>
    public bool WriteStatements { get; set; } = true;

    /// <summary>
    /// Whether the connection of a PostgreSQL EF Core context, once a paged or projected field's statement opens
    /// it, stays open until the execution ends (one request, or one event of a subscription), so that the
    /// execution's statements share it: one rent from the pool, one session reset and one run of the connection
    /// interceptors per execution, instead of per statement. EF Core's own statements on that context, a
    /// resolver's included, use it too while it is held. True by default; turn it off when the resolvers of one
    /// execution wait long between statements, since the connection is held meanwhile. See docs/graphql-data.md,
    /// "One connection per execution".
    /// </summary>
    public bool HoldConnection { get; set; } = true;

    /// <summary>A copy, for per-field changes.</summary>
    public PagingOptions Clone() => (PagingOptions)MemberwiseClone();
}
