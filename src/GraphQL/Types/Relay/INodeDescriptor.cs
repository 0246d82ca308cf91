using System.Linq.Expressions;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

/// <summary>Configures how an object type is a Relay node: which member holds its key and how a node is fetched.</summary>
/// <typeparam name="T">The runtime type of the node.</typeparam>
public interface INodeDescriptor<T>
{
    /// <summary>The member holding the key; it becomes <c>id: ID!</c>. Without this call, the property <c>Id</c>.</summary>
    INodeDescriptor<T> IdField<TId>(Expression<Func<T, TId>> member);

    /// <summary>Fetches a node by its key (decoded to <typeparamref name="TId"/>); <see langword="null"/> when there is none.</summary>
    IObjectTypeDescriptor<T> ResolveNode<TId>(Func<IResolverContext, TId, Task<T?>> resolver);
}
