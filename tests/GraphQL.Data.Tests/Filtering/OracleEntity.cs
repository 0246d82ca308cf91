namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>One entity of the model as the oracle sees it.</summary>
public sealed record OracleEntity(string Name, IReadOnlyList<OracleScalar> Scalars, IReadOnlyList<OracleNavigation> Navigations, IReadOnlyList<OracleList> Lists);
