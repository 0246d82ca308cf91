namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to fail its field with a chosen error: the message and code reach the caller as they
/// are, with the field's path and locations added. Any other exception becomes an <c>INTERNAL</c> error.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    public GraphQLException(params IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "Unexpected Execution Error")
        => Errors = errors;

    /// <summary>Creates the exception with one error of the given message and code.</summary>
    public GraphQLException(string message, string? code = null)
        : this([new GraphQLError(message) { Code = code }])
    {
    }

    /// <summary>Creates the exception; required by the exception pattern.</summary>
    public GraphQLException()
        : this("Unexpected Execution Error")
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
        => Errors = [new GraphQLError(message)];

    /// <summary>The errors to report.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
