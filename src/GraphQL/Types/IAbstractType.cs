namespace KtPortal.GraphQL.Types;

/// <summary>A type whose concrete object type is decided at runtime: interface or union.</summary>
public interface IAbstractType : ICompositeType;
