namespace KtPortal.GraphQL.Language;

/// <summary>A literal value or a variable.</summary>
public interface IValueNode : ISyntaxNode;
