namespace KtPortal.GraphQL.Data.Paging;

/// <summary>Information about pagination in a connection.</summary>
/// <param name="HasNextPage">Whether more edges exist following the set defined by the client's arguments.</param>
/// <param name="HasPreviousPage">Whether more edges exist prior to the set defined by the client's arguments.</param>
/// <param name="StartCursor">The cursor of the first edge, or null when the page is empty.</param>
/// <param name="EndCursor">The cursor of the last edge, or null when the page is empty.</param>
// https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
