namespace KtPortal.GraphQL.Language;

/// <summary>An object or interface type extension.</summary>
public interface IComplexTypeExtensionNode : ITypeExtensionNode
{
    /// <summary>The interfaces the extension adds.</summary>
    IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The fields the extension adds.</summary>
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
