using System.Globalization;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>The SDL of the generated connection types, with HotChocolate's names and descriptions.</summary>
// https://relay.dev/graphql/connections.htm
internal static class ConnectionTypes
{
    public const string PageInfo = """
        "Information about pagination in a connection."
        type PageInfo {
          "Indicates whether more edges exist following the set defined by the clients arguments."
          hasNextPage: Boolean!
          "Indicates whether more edges exist prior the set defined by the clients arguments."
          hasPreviousPage: Boolean!
          "When paginating backwards, the cursor to continue."
          startCursor: String
          "When paginating forwards, the cursor to continue."
          endCursor: String
        }
        """;

    public static string ConnectionName(string nodeType) => nodeType + "Connection";

    public static string EdgeName(string nodeType) => nodeType + "Edge";

    public static string Connection(string nodeType, bool includeTotalCount)
    {
        var totalCount = includeTotalCount
            ? """

                "Identifies the total count of items in the connection."
                totalCount: Int! @cost(weight: "10")
              """
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $$"""
            "A connection to a list of items."
            type {{ConnectionName(nodeType)}} {
              "Information to aid in pagination."
              pageInfo: PageInfo!
              "A list of edges."
              edges: [{{EdgeName(nodeType)}}!]
              "A flattened list of the nodes."
              nodes: [{{nodeType}}!]{{totalCount}}
            }

            "An edge in a connection."
            type {{EdgeName(nodeType)}} {
              "A cursor for use in pagination."
              cursor: String!
              "The item at the end of the edge."
              node: {{nodeType}}!
            }
            """);
    }
}
