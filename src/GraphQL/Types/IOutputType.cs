namespace KtPortal.GraphQL.Types;

/// <summary>A type that may be used as a field's result type.</summary>
public interface IOutputType : IType;
