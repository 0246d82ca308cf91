namespace KtPortal.GraphQL.Execution;

/// <summary>
/// Rewrites errors before they reach the response, for example to turn a domain exception into a typed
/// error code. Filters run in registration order after the executor's own handling of unexpected exceptions.
/// </summary>
public interface IErrorFilter
{
    /// <summary>Returns the error to report (the same one, or a replacement).</summary>
    GraphQLError OnError(GraphQLError error);
}
