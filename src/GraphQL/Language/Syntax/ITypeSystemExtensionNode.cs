namespace KtPortal.GraphQL.Language;

/// <summary>A schema or type extension.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode;
