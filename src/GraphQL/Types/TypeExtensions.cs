using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>Helpers over <see cref="IType"/>, matching graphql-js's type predicates.</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any list / non-null wrappers (graphql-js <c>getNamedType</c>).</summary>
    public static INamedType NamedType(this IType type)
    {
        var current = type;
        while (true)
        {
            switch (current)
            {
                case INamedType named:
                    return named;
                case ListType list:
                    current = list.ElementType;
                    break;
                case NonNullType nonNull:
                    current = nonNull.Type;
                    break;
                default:
                    throw new ArgumentException($"Unknown type {current}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer non-null wrapper (graphql-js <c>getNullableType</c>).</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.Type : type;

    /// <summary>Whether the type is a non-null wrapper.</summary>
    public static bool IsNonNullType(this IType type) => type.Kind == TypeKind.NonNull;

    /// <summary>Whether the type is a list wrapper.</summary>
    public static bool IsListType(this IType type) => type.Kind == TypeKind.List;

    /// <summary>Whether the type may be used as an input (scalar, enum, input object, or wrappers of them).</summary>
    public static bool IsInputType(this IType type) => type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether the type may be used as an output (anything but input objects, and wrappers of them).</summary>
    public static bool IsOutputType(this IType type) => type.NamedType().Kind != TypeKind.InputObject;

    /// <summary>Whether the type is a scalar or an enum.</summary>
    public static bool IsLeafType(this IType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether the type is an object, interface or union.</summary>
    public static bool IsCompositeType(this IType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether the type is an interface or union.</summary>
    public static bool IsAbstractType(this IType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>
    /// The schema type a type reference denotes, or <see langword="null"/> when its named type is not in the
    /// schema (graphql-js <c>typeFromAST</c>).
    /// </summary>
    public static IType? TypeFromAst(this Schema schema, ITypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.TryGetType(named.Name.Value, out var type) ? type : null;
            case ListTypeNode list:
                var element = TypeFromAst(schema, list.Type);
                return element is null ? null : new ListType(element);
            case NonNullTypeNode nonNull:
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null ? null : new NonNullType(inner);
            default:
                throw new ArgumentException($"Unknown type node {typeNode.Kind}.", nameof(typeNode));
        }
    }
}
