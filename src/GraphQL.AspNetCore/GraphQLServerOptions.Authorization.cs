using KtPortal.GraphQL.AspNetCore.Authorization;

namespace KtPortal.GraphQL.AspNetCore;

public sealed partial class GraphQLServerOptions
{
    /// <summary>
    /// Who may introspect the schema (<c>GraphQL:Introspection</c>); <see cref="IntrospectionAccess.Everyone"/>
    /// by default.
    /// </summary>
    public IntrospectionAccess Introspection { get; set; } = IntrospectionAccess.Everyone;
}
