namespace KtPortal.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper.</summary>
public interface IType
{
    /// <summary>The kind of this type.</summary>
    TypeKind Kind { get; }
}
