namespace KtPortal.GraphQL.Types;

/// <summary>A list wrapper around another type.</summary>
// https://spec.graphql.org/October2021/#sec-List
public sealed class ListType : IOutputType, IInputType
{
    /// <summary>Wraps <paramref name="elementType"/> in a list.</summary>
    public ListType(IType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        ElementType = elementType;
    }

    /// <inheritdoc/>
    public TypeKind Kind => TypeKind.List;

    /// <summary>The wrapped type (graphql-js <c>ofType</c>).</summary>
    public IType ElementType { get; }

    /// <summary>Prints the type as in SDL, e.g. <c>[String!]</c>.</summary>
    public override string ToString() => $"[{ElementType}]";
}
