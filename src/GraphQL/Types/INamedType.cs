using KtPortal.GraphQL.Language;

namespace KtPortal.GraphQL.Types;

/// <summary>A named type (scalar, object, interface, union, enum or input object).</summary>
public interface INamedType : IType
{
    /// <summary>The type name.</summary>
    string Name { get; }

    /// <summary>The description, or <see langword="null"/>.</summary>
    string? Description { get; }

    /// <summary>The definition node this type was built from, or <see langword="null"/> for built-in or code-first types.</summary>
    ITypeDefinitionNode? SyntaxNode { get; }

    /// <summary>The extension nodes merged into this type, in document order.</summary>
    IReadOnlyList<ITypeExtensionNode> ExtensionSyntaxNodes { get; }
}
