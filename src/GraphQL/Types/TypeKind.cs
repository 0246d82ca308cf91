namespace KtPortal.GraphQL.Types;

/// <summary>The kind of a GraphQL type, as reported by introspection's <c>__TypeKind</c>.</summary>
// https://spec.graphql.org/October2021/#sec-The-__Type-Type
public enum TypeKind
{
    /// <summary>A scalar type.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}
