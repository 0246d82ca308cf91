namespace KtPortal.GraphQL.Types;

/// <summary>A type that may be used for arguments, input fields and variables.</summary>
public interface IInputType : IType;
