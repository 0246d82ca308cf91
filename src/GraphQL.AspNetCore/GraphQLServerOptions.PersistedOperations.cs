using KtPortal.GraphQL.AspNetCore.Persisted;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>Trusted documents and automatic persisted queries.</summary>
    public PersistedOperationOptions PersistedOperations { get; } = new();
}
