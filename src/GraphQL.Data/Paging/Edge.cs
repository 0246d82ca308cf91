namespace KtPortal.GraphQL.Data.Paging;

/// <summary>A node of a connection with the cursor that continues after (or before) it.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Cursor">An opaque cursor.</param>
/// <param name="Node">The node.</param>
// https://relay.dev/graphql/connections.htm#sec-Edge-Types
public sealed record Edge<T>(string Cursor, T Node);
