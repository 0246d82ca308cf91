namespace KtPortal.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public interface ITypeNode : ISyntaxNode;
