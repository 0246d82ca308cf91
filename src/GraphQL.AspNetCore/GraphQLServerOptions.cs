namespace KtPortal.GraphQL.AspNetCore;

/// <summary>
/// How the GraphQL endpoint behaves on each transport. Bound from the <c>GraphQL</c> configuration section;
/// each transport keeps its settings in its own partial file.
/// </summary>
public sealed partial class GraphQLServerOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL";
}
