namespace KtPortal.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax, or that breaks a <see cref="ParserOptions"/> limit.
/// <see cref="Exception.Message"/> is graphql-js's message word for word, <c>Syntax Error: </c> prefix
/// included, and <see cref="Location"/> is where graphql-js reports the error.
/// </summary>
public sealed class SyntaxException : Exception
{
    private readonly string _source;
    private string? _excerpt;

    internal SyntaxException(string message, string source, int position, int line, int column)
        : base(message)
    {
        _source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The 1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>The error's offset into the source, in UTF-16 code units.</summary>
    public int Position { get; }

    /// <summary>The error's line and column.</summary>
    public ErrorLocation Location => new(Line, Column);

    /// <summary>
    /// The source lines around the error with a caret under the column, headed
    /// <c>GraphQL request:line:column</c>, as graphql-js prints a located error.
    /// </summary>
    public string Excerpt => _excerpt ??= SourceExcerpt.Print(_source, Line, Column);

    /// <summary>The error as a GraphQL response error, with code <c>SYNTAX_ERROR</c>.</summary>
    /// <returns>An error carrying the message and location.</returns>
    public GraphQLError ToGraphQLError() => new(Message)
    {
        Locations = [Location],
        Code = "SYNTAX_ERROR",
    };
}
