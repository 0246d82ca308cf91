namespace KtPortal.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, IHasName, IHasDirectives;
