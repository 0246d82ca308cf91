using KtPortal.GraphQL.AspNetCore.Explorer;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>The Banana Cake Pop explorer served to browsers at the endpoint (<c>GraphQL:Explorer</c>).</summary>
    public ExplorerOptions Explorer { get; set; } = new();
}
