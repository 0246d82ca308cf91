namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>A collection field: related entities, or strings when <see cref="Entity"/> is null.</summary>
public sealed record OracleList(string Name, string? Entity, Func<object, IEnumerable<object>> Read);
