namespace KtPortal.GraphQL.Language;

/// <summary>
/// Where a node stands in its source. <see cref="Start"/> and <see cref="End"/> are offsets into the
/// parsed input (bytes when parsing UTF-8, chars when parsing a string); <see cref="Line"/> and
/// <see cref="Column"/> are 1-based and describe the node's first token as graphql-js reports it
/// (columns counted in UTF-16 code units).
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
