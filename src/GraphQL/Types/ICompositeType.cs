namespace KtPortal.GraphQL.Types;

/// <summary>A type that has a selection set: object, interface or union.</summary>
public interface ICompositeType : INamedType, IOutputType;
