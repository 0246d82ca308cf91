namespace KtPortal.GraphQL;

/// <summary>
/// Makes the object type of the class a Relay node: it implements <c>Node</c>, its <c>Id</c> property (or the
/// property marked <see cref="IDAttribute"/>) becomes <c>id: ID!</c> holding the opaque global ID, and
/// <c>node(id:)</c> fetches it through the method marked <see cref="NodeResolverAttribute"/>.
/// Needs <c>AddGlobalObjectIdentification()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeAttribute : Attribute
{
}
