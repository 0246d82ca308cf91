namespace KtPortal.GraphQL.Types;

/// <summary>Turns a declared exception into the error object the payload's <c>errors</c> lists.</summary>
internal sealed record ExceptionErrorMapping(Type ExceptionType, Func<Exception, object> Create)
{
    /// <summary>An error object of a type generated from the exception: the type name, the message and the code.</summary>
    public static ExceptionErrorMapping Generated(Type exceptionType, string typeName, string code)
        => new(exceptionType, exception => new Dictionary<string, object?>(4, StringComparer.Ordinal)
        {
            ["__typename"] = typeName,
            ["message"] = exception.Message,
            ["code"] = code,
            ["path"] = null,
        });
}
