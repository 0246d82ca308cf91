namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>Trusted documents and automatic persisted queries (<c>GraphQL:PersistedOperations</c>).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>
    /// The folder of trusted documents, <c>&lt;hex&gt;.graphql</c> files; relative paths start at the content root.
    /// Used when no other <see cref="IOperationDocumentStorage"/> is registered.
    /// </summary>
    public string Directory { get; set; } = "schema/persisted";

    /// <summary>
    /// Client names that may only run trusted documents; a <c>query</c> from them is refused with
    /// <c>PERSISTED_OPERATION_REQUIRED</c>. <c>*</c> stands for every client, named or not.
    /// </summary>
    public IList<string> OnlyTrustedFor { get; } = [];

    /// <summary>The request header that names the client.</summary>
    public string ClientNameHeader { get; set; } = "GraphQL-Client-Name";

    /// <summary>Whether automatic persisted queries (<c>extensions.persistedQuery</c>) may register queries.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted queries are kept; the least recently used go first.</summary>
    public int AutomaticPersistedQueryCacheSize { get; set; } = 1_000;
}
