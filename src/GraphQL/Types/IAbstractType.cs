using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Types;

/// <summary>A type whose concrete object type is decided at runtime: interface or union.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>
    /// Picks the object type of a value. When <see langword="null"/>, the executor asks each possible type's
    /// <see cref="ObjectType.IsOfType"/> in turn.
    /// </summary>
    Func<object, IResolverContext, ObjectType?>? ResolveType { get; }
}
