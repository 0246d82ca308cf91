namespace KtPortal.GraphQL.Language;

/// <summary>
/// Where a node stands in its source, as graphql-js reports it. <see cref="Start"/> and <see cref="End"/>
/// are offsets in UTF-16 code units (the same whether the text was parsed from UTF-8 or from a string),
/// <see cref="End"/> being just after the node's last token; <see cref="Line"/> and <see cref="Column"/>
/// are 1-based and describe the node's first token (columns counted in UTF-16 code units).
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
