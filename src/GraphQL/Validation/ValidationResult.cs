namespace KtPortal.GraphQL.Validation;

/// <summary>The outcome of validating a document.</summary>
public sealed record ValidationResult
{
    /// <summary>The result of a valid document.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Creates a result from the errors found.</summary>
    public ValidationResult(IReadOnlyList<GraphQLError> errors) => Errors = errors;

    /// <summary>The errors, in the order graphql-js reports them.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the document has no errors.</summary>
    public bool IsValid => Errors.Count == 0;
}
