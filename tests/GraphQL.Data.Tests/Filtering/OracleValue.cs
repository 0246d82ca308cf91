namespace KtPortal.GraphQL.Data.Tests.Filtering;

/// <summary>The kinds of values the oracle compares.</summary>
public enum OracleValue
{
    Int,
    NullableInt,
    String,
    Boolean,
    Enum,
    Time,
    NullableTime,
}
