using KtPortal.GraphQL.Language;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Validation;

/// <summary>
/// The references a type-system member declares. For members built from SDL they are read from the syntax,
/// so that a reference of the wrong kind (an input object as a field type, a union implemented as an
/// interface) is still seen here even though the typed model cannot hold it.
/// </summary>
internal static class DeclaredTypes
{
    public static IType TypeOf(Schema schema, OutputField field)
        => FromSyntax(schema, field.SyntaxNode?.Type) ?? field.Type;

    public static IType TypeOf(Schema schema, IInputValueDefinition value)
        => FromSyntax(schema, value.SyntaxNode?.Type) ?? value.Type;

    // https://spec.graphql.org/October2021/#sec-Required-Arguments
    public static bool IsRequired(Schema schema, IInputValueDefinition value)
    {
        var type = TypeOf(schema, value);
        return type is NonNullType && !DefaultValueCoercion.HasDefault(schema, value, type);
    }

    // https://spec.graphql.org/October2021/#IsValidImplementationFieldType()
    // Like TypeComparators.IsTypeSubTypeOf, but a union's declared members count even when they are not
    // object types, as graphql-js's schema.isSubType counts them.
    public static bool IsSubTypeOf(Schema schema, IType maybeSubType, IType superType)
    {
        while (true)
        {
            switch (superType)
            {
                case NonNullType superNonNull when maybeSubType is NonNullType subNonNull:
                    superType = superNonNull.Type;
                    maybeSubType = subNonNull.Type;
                    continue;
                case NonNullType:
                    return false;
            }

            if (maybeSubType is NonNullType nonNullSub)
            {
                maybeSubType = nonNullSub.Type;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                superType = superList.ElementType;
                maybeSubType = subList.ElementType;
                continue;
            }

            if (maybeSubType is ListType || ReferenceEquals(maybeSubType, superType))
            {
                return ReferenceEquals(maybeSubType, superType);
            }

            return superType switch
            {
                UnionType union when maybeSubType is ObjectType or InterfaceType
                    => ContainsReference(MembersOf(schema, union), (INamedType)maybeSubType),
                InterfaceType iface when maybeSubType is IComplexOutputType complex
                    => ContainsReference(InterfacesOf(schema, complex), iface),
                _ => false,
            };
        }
    }

    public static IReadOnlyList<INamedType> InterfacesOf(Schema schema, IComplexOutputType type)
    {
        var named = (INamedType)type;
        if (named.SyntaxNode is null && named.ExtensionSyntaxNodes.Count == 0)
        {
            return type.Interfaces;
        }

        var interfaces = new List<INamedType>();
        foreach (var node in InterfaceNodes(named))
        {
            if (schema.TryGetType(node.Name.Value, out var resolved))
            {
                interfaces.Add(resolved);
            }
        }

        return interfaces;
    }

    public static IReadOnlyList<INamedType> MembersOf(Schema schema, UnionType union)
    {
        if (union.SyntaxNode is null && union.ExtensionSyntaxNodes.Count == 0)
        {
            return union.Types;
        }

        var members = new List<INamedType>();
        foreach (var node in MemberNodes(union))
        {
            if (schema.TryGetType(node.Name.Value, out var resolved))
            {
                members.Add(resolved);
            }
        }

        return members;
    }

    /// <summary>The <c>implements</c> entries of a type and its extensions, in order.</summary>
    public static IEnumerable<NamedTypeNode> InterfaceNodes(INamedType type)
    {
        if (type.SyntaxNode is IComplexTypeDefinitionNode definition)
        {
            foreach (var node in definition.Interfaces)
            {
                yield return node;
            }
        }

        foreach (var extension in type.ExtensionSyntaxNodes)
        {
            if (extension is IComplexTypeExtensionNode complex)
            {
                foreach (var node in complex.Interfaces)
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>The member entries of a union and its extensions, in order.</summary>
    public static IEnumerable<NamedTypeNode> MemberNodes(UnionType union)
    {
        if (union.SyntaxNode is { } definition)
        {
            foreach (var node in definition.Types)
            {
                yield return node;
            }
        }

        foreach (var extension in union.ExtensionSyntaxNodes)
        {
            if (extension is UnionTypeExtensionNode unionExtension)
            {
                foreach (var node in unionExtension.Types)
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>The definition node of a type followed by its extension nodes; absent ones are skipped.</summary>
    public static List<ISyntaxNode?> DefinitionAndExtensions(INamedType type)
    {
        var nodes = new List<ISyntaxNode?>(type.ExtensionSyntaxNodes.Count + 1) { type.SyntaxNode };
        nodes.AddRange(type.ExtensionSyntaxNodes);
        return nodes;
    }

    public static DirectiveNode? DeprecatedDirectiveOf(IHasDirectives? node)
    {
        if (node is null)
        {
            return null;
        }

        foreach (var directive in node.Directives)
        {
            if (directive.Name.Value == "deprecated")
            {
                return directive;
            }
        }

        return null;
    }

    public static bool ContainsReference(IReadOnlyList<INamedType> types, INamedType type)
    {
        foreach (var candidate in types)
        {
            if (ReferenceEquals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }

    private static IType? FromSyntax(Schema schema, ITypeNode? node)
        => node is null ? null : schema.TypeFromAst(node);
}
