using System.Linq.Expressions;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>Records what <see cref="IObjectTypeDescriptor{T}.ImplementsNode"/> says.</summary>
internal sealed class NodeDescriptor<T>(IObjectTypeDescriptor<T> type, NodeDefinition node) : INodeDescriptor<T>
{
    public INodeDescriptor<T> IdField<TId>(Expression<Func<T, TId>> member)
    {
        ArgumentNullException.ThrowIfNull(member);
        node.IdMember = ObjectTypeDescriptor<T>.MemberOf(member.Body)
            ?? throw new ArgumentException("The expression must select a property of the type, e.g. x => x.Id.", nameof(member));
        return this;
    }

    public IObjectTypeDescriptor<T> ResolveNode<TId>(Func<IResolverContext, TId, Task<T?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        node.KeyType = Nullable.GetUnderlyingType(typeof(TId)) ?? typeof(TId);
        node.Resolver = async (context, key) => await resolver(context, (TId)key).ConfigureAwait(false);
        return type;
    }
}
