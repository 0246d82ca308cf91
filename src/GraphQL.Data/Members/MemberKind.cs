namespace KtPortal.GraphQL.Data.Members;

/// <summary>What filtering and sorting can do with an entity member, decided by its CLR type.</summary>
internal enum MemberKind
{
    /// <summary>Neither filterable nor sortable (a JSON value, a URL, a dictionary).</summary>
    Unsupported,

    /// <summary>A string.</summary>
    String,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>A scalar with an order: numbers, dates, UUIDs.</summary>
    Comparable,

    /// <summary>A related entity (a reference navigation).</summary>
    Object,

    /// <summary>A collection of related entities.</summary>
    ObjectList,

    /// <summary>A collection of scalars, strings or enums (for example a PostgreSQL array).</summary>
    ScalarList,
}
