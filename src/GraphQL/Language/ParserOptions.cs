namespace KtPortal.GraphQL.Language;

/// <summary>
/// Limits the parser enforces while it reads, so that a hostile document is rejected before it
/// costs time or memory, and whether nodes carry locations.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The default options: 15,000 tokens, nesting depth 64, 2,048 fields, locations on.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most lexical tokens (punctuators, names, numbers and strings; not comments or other ignored
    /// tokens) a document may hold. Default 15,000.
    /// </summary>
    public int MaxAllowedTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types, counted together.
    /// Default 64.
    /// </summary>
    public int MaxAllowedDepth { get; init; } = 64;

    /// <summary>The most field selections a document may hold. Default 2,048.</summary>
    public int MaxAllowedFields { get; init; } = 2_048;

    /// <summary>Skips creating a <see cref="Location"/> for each node. Default <see langword="false"/>.</summary>
    public bool NoLocations { get; init; }
}
