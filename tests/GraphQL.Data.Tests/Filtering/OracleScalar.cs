namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>A scalar field of the GraphQL model: its name, kind and how to read it from an object.</summary>
public sealed record OracleScalar(string Name, OracleValue Kind, Func<object, object?> Read);
