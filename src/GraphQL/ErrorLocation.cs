namespace KtPortal.GraphQL;

/// <summary>A 1-based line and column in a GraphQL source, as graphql-js reports them.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, in UTF-16 code units.</param>
public readonly record struct ErrorLocation(int Line, int Column);
