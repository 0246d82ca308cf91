namespace KtPortal.GraphQL.Validation;

/// <summary>Settings for <see cref="DocumentValidator"/>.</summary>
public sealed record DocumentValidatorOptions
{
    /// <summary>The defaults: 100 errors, suggestions shown, 1,000 cached results.</summary>
    public static DocumentValidatorOptions Default { get; } = new();

    /// <summary>After this many errors validation stops with graphql-js's "Too many validation errors" error (default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Whether "Did you mean …?" suggestions are left out of messages (graphql-js <c>hideSuggestions</c>).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>How many results the cache keeps, least recently used first out; 0 disables it (default 1,000).</summary>
    public int CacheSize { get; init; } = 1_000;
}
