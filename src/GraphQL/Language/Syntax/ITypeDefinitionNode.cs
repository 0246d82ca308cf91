namespace KtPortal.GraphQL.Language;

/// <summary>A named type definition.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, IHasName, IHasDirectives
{
    /// <summary>The description, if any.</summary>
    StringValueNode? Description { get; }
}
