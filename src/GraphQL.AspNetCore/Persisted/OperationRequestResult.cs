namespace KtPortal.GraphQL.AspNetCore.Persisted;

/// <summary>An <see cref="KtPortal.GraphQL.Execution.OperationRequest"/> to execute, or the error that stops it.</summary>
internal readonly record struct OperationRequestResult(KtPortal.GraphQL.Execution.OperationRequest? Request, GraphQLError? Error)
{
    /// <summary>
    /// The HTTP status the transport should answer an <see cref="Error"/> with when it uses status codes for
    /// request errors (<c>application/graphql-response+json</c>); <see langword="null"/> means 400.
    /// </summary>
    public int? StatusCode { get; init; }

    public static OperationRequestResult Ok(KtPortal.GraphQL.Execution.OperationRequest request) => new(request, null);

    public static OperationRequestResult Fail(GraphQLError error, int? statusCode = null) => new(null, error) { StatusCode = statusCode };
}
