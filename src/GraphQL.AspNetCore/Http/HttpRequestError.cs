using Microsoft.AspNetCore.Http;

namespace KtPortal.GraphQL.AspNetCore.Http;

/// <summary>A request GraphQL over HTTP refuses before executing: the status to answer and the error to report.</summary>
internal sealed record HttpRequestError(int StatusCode, string Code, string Message)
{
    /// <summary>The <c>Allow</c> header to send with a 405, or <see langword="null"/>.</summary>
    public string? Allow { get; init; }

    public GraphQLError ToGraphQLError() => new(Message) { Code = Code };

    public static HttpRequestError Invalid(string message)
        => new(StatusCodes.Status400BadRequest, HttpErrorCodes.RequestInvalid, message);

    public static HttpRequestError Json(string message)
        => new(StatusCodes.Status400BadRequest, HttpErrorCodes.JsonInvalid, message);

    public static HttpRequestError TooLarge(long limit)
        => new(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge, $"The request is larger than {limit} bytes.");

    public static HttpRequestError MethodNotAllowed(string message, string allow)
        => new(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed, message) { Allow = allow };
}
