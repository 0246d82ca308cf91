namespace KtPortal.GraphQL;

// https://spec.graphql.org/October2021/#sec-Errors

/// <summary>
/// An error as the GraphQL response format defines it: a message, the source locations it refers to,
/// the response path for field errors, and extensions. <see cref="Code"/> is written to
/// <c>extensions.code</c>. Errors are built in one place per stage (for example
/// <c>ErrorHelper</c>) so that codes and wording stay stable.
/// </summary>
/// <param name="Message">The message shown to the caller.</param>
public sealed record GraphQLError(string Message)
{
    /// <summary>The source locations the error refers to, in order.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; init; } = [];

    /// <summary>The response path of the field that failed: names and list indices.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>A stable, machine-readable code, written to <c>extensions.code</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Further entries for the <c>extensions</c> map.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The exception behind an execution error. Never serialized.</summary>
    public Exception? Exception { get; init; }
}
