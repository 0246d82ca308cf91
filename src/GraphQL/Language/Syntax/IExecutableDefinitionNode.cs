namespace KtPortal.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode;
