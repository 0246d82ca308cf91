namespace KtPortal.GraphQL.AspNetCore.Explorer;

/// <summary>How the explorer is served; bound from <c>GraphQL:Explorer</c>.</summary>
public sealed class ExplorerOptions
{
    /// <summary>
    /// Whether a browser asking the endpoint for HTML gets the explorer. When off, such a request is handled as
    /// GraphQL over HTTP.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder holding the installed <c>@chillicream/bananacakepop-graphql-ide</c> package (the one with its
    /// <c>index.html</c>). When <see langword="null"/>, it is looked for as
    /// <c>clients/explorer/node_modules/@chillicream/bananacakepop-graphql-ide</c> in the content root, the
    /// application folder, and their parent folders.
    /// </summary>
    public string? AssetsPath { get; set; }
}
