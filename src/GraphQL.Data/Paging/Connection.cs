namespace KtPortal.GraphQL.Data.Paging;

/// <summary>One page of a Relay cursor connection, as the generated <c>XConnection</c> type shows it.</summary>
/// <typeparam name="T">The node type.</typeparam>
// https://relay.dev/graphql/connections.htm#sec-Connection-Types
public sealed class Connection<T>
{
    /// <summary>Creates a page.</summary>
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int totalCount)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    /// <summary>The edges, in the connection's order.</summary>
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The nodes of <see cref="Edges"/>.</summary>
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>Where the page is in the connection.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>How many rows the whole connection holds; counted only when the field is selected, 0 otherwise.</summary>
    public int TotalCount { get; }
}
