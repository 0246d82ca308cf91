namespace KtPortal.GraphQL;

/// <summary>
/// Marks the method that fetches a node by its key: a static method of the node class, or a method of a
/// <c>[QueryType]</c> class returning the node type (it stays a query field too). The first GraphQL argument
/// of the method receives the key decoded from the global ID (int, long, Guid or string); services and the
/// cancellation token bind as for any resolver. Returning <see langword="null"/> makes <c>node</c> null.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class NodeResolverAttribute : Attribute
{
}
