namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>A reference navigation: the field name, the related entity and how to follow it.</summary>
public sealed record OracleNavigation(string Name, string Entity, Func<object, object?> Read);
