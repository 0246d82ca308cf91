namespace KtPortal.GraphQL.Types;

/// <summary>A type without subfields: scalar or enum.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType;
