namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>An enum value in a generated input tree (printed bare in a literal, as a string in variables).</summary>
public sealed record EnumLiteral(string Name);
