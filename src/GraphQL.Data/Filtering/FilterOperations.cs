namespace KtPortal.GraphQL.Data.Filtering;

/// <summary>The operator names of the generated operation inputs, as HotChocolate names them, plus our case-insensitive ones.</summary>
internal static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";

    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Gt = "gt";
    public const string Ngt = "ngt";
    public const string Gte = "gte";
    public const string Ngte = "ngte";
    public const string Lt = "lt";
    public const string Nlt = "nlt";
    public const string Lte = "lte";
    public const string Nlte = "nlte";

    public const string Contains = "contains";
    public const string NContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NEndsWith = "nendsWith";

    public const string IgnoreCase = "IgnoreCase";

    public const string All = "all";
    public const string None = "none";
    public const string Some = "some";
    public const string Any = "any";

    public static readonly string[] Equality = [Eq, Neq, In, Nin];

    public static readonly string[] Comparison = [Gt, Ngt, Gte, Ngte, Lt, Nlt, Lte, Nlte];

    /// <summary>
    /// The string operators in HotChocolate's order, then the case-insensitive ones (ours): <c>eqIgnoreCase</c>,
    /// <c>neqIgnoreCase</c>, <c>containsIgnoreCase</c>, ....
    /// </summary>
    public static readonly string[] StringOperations =
    [
        Eq, Neq, Contains, NContains, In, Nin, StartsWith, NStartsWith, EndsWith, NEndsWith,
        .. ((string[])[Eq, Neq, Contains, NContains, StartsWith, NStartsWith, EndsWith, NEndsWith]).Select(o => o + IgnoreCase),
    ];
}
