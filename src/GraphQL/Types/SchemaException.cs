namespace KtPortal.GraphQL.Types;

/// <summary>Thrown when a schema cannot be built; carries every error found.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? string.Join("\n\n", errors.Select(e => e.Message)) : "The schema is invalid.")
        => Errors = errors;

    /// <summary>Creates the exception with a single message.</summary>
    public SchemaException(string message)
        : this([new GraphQLError(message)])
    {
    }

    /// <summary>Creates the exception with an empty error list.</summary>
    public SchemaException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a single message and an inner exception.</summary>
    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
        => Errors = [new GraphQLError(message)];

    /// <summary>The errors found.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
