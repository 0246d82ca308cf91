namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Information about pagination in a connection.</summary>
// https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
public sealed class PageInfo
{
    private readonly ICursorSource? _startEdge;
    private readonly ICursorSource? _endEdge;
    private string? _start;
    private string? _end;

    /// <summary>Creates the page information.</summary>
    /// <param name="hasNextPage">Whether more edges exist following the set defined by the client's arguments.</param>
    /// <param name="hasPreviousPage">Whether more edges exist prior to the set defined by the client's arguments.</param>
    /// <param name="startCursor">The cursor of the first edge, or null when the page is empty.</param>
    /// <param name="endCursor">The cursor of the last edge, or null when the page is empty.</param>
    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _start = startCursor;
        _end = endCursor;
    }

    // The cursors come from edges that encode theirs when read.
    internal PageInfo(bool hasNextPage, bool hasPreviousPage, ICursorSource startEdge, ICursorSource endEdge)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startEdge = startEdge;
        _endEdge = endEdge;
    }

    /// <summary>Whether more edges exist following the set defined by the client's arguments.</summary>
    public bool HasNextPage { get; }

    /// <summary>Whether more edges exist prior to the set defined by the client's arguments.</summary>
    public bool HasPreviousPage { get; }

    /// <summary>The cursor of the first edge, or null when the page is empty.</summary>
    public string? StartCursor => _start ??= _startEdge?.Cursor;

    /// <summary>The cursor of the last edge, or null when the page is empty.</summary>
    public string? EndCursor => _end ??= _endEdge?.Cursor;
}

/// <summary>What has a cursor: an edge, whose cursor the page's <see cref="PageInfo"/> repeats.</summary>
internal interface ICursorSource
{
    /// <summary>The cursor, encoded when first read.</summary>
    string Cursor { get; }
}
