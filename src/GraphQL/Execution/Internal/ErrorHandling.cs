using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.Execution.Internal;

/// <summary>
/// Turns exceptions into response errors: <see cref="GraphQLException"/> keeps its errors, anything else becomes
/// <c>INTERNAL</c> with a trace id (and its details only when allowed), logged at Error level. Error filters run
/// last, in order.
/// </summary>
internal sealed class ErrorHandling(bool includeExceptionDetails, IReadOnlyList<IErrorFilter> filters, ILogger logger)
{
    public const string UnexpectedMessage = "Unexpected Execution Error";

    private static readonly Action<ILogger, string, string, Exception?> LogUnexpected = LoggerMessage.Define<string, string>(
        LogLevel.Error,
        new EventId(1, "UnexpectedExecutionError"),
        "Unexpected execution error at {Path} (trace id {TraceId})");

    public IEnumerable<GraphQLError> FromException(Exception exception, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object>? path)
    {
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                yield return error with
                {
                    Locations = error.Locations.Count > 0 ? error.Locations : locations,
                    Path = error.Path ?? path,
                    Exception = error.Exception ?? exception,
                };
            }

            yield break;
        }

        yield return Unexpected(exception, locations, path);
    }

    public GraphQLError Unexpected(Exception exception, IReadOnlyList<ErrorLocation> locations, IReadOnlyList<object>? path)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? ActivityTraceId.CreateRandom().ToString();
        LogUnexpected(logger, path is null ? string.Empty : string.Join('.', path), traceId, exception);
        var extensions = new Dictionary<string, object?>(2, StringComparer.Ordinal) { ["traceId"] = traceId };
        if (includeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>(2, StringComparer.Ordinal)
            {
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError(UnexpectedMessage)
        {
            Locations = locations,
            Path = path,
            Code = ErrorCodes.Internal,
            Extensions = extensions,
            Exception = exception,
        };
    }

    public IReadOnlyList<GraphQLError> Filter(IReadOnlyList<GraphQLError> errors)
    {
        if (filters.Count == 0 || errors.Count == 0)
        {
            return errors;
        }

        var filtered = new GraphQLError[errors.Count];
        for (var i = 0; i < filtered.Length; i++)
        {
            var error = errors[i];
            foreach (var filter in filters)
            {
                error = filter.OnError(error);
            }

            filtered[i] = error;
        }

        return filtered;
    }
}
