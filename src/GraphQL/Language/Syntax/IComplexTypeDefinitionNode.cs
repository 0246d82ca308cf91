namespace KtPortal.GraphQL.Language;

/// <summary>An object or interface type definition: a type with fields and interfaces.</summary>
public interface IComplexTypeDefinitionNode : ITypeDefinitionNode
{
    /// <summary>The interfaces the type implements.</summary>
    IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>The type's fields.</summary>
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
