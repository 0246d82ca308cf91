using System.Reflection;

namespace KtPortal.GraphQL.Types.CodeFirst;

/// <summary>How an object type is a Relay node, from a descriptor or from <see cref="NodeAttribute"/>.</summary>
internal sealed class NodeDefinition
{
    public MemberInfo? IdMember { get; set; }

    public Type? KeyType { get; set; }

    public NodeResolverDelegate? Resolver { get; set; }
}
