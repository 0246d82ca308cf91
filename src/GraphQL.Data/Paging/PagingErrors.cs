using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Data.Paging;

/// <summary>The field errors of paging, all <c>VALIDATION_FAILED</c>: the caller can fix the request.</summary>
internal static class PagingErrors
{
    public static GraphQLException InvalidCursor(string argument, string reason)
        => new($"The cursor given as \"{argument}\" is not valid: {reason}.", ErrorCodes.ValidationFailed);

    public static GraphQLException BothFirstAndLast()
        => new("Passing both \"first\" and \"last\" to paginate a connection is not supported.", ErrorCodes.ValidationFailed);

    public static GraphQLException Negative(string argument)
        => new($"\"{argument}\" must not be negative.", ErrorCodes.ValidationFailed);

    public static GraphQLException TooLarge(string argument, int value, int max)
        => new($"Requesting {value} records with \"{argument}\" exceeds the maximum of {max} records per page.", ErrorCodes.ValidationFailed);
}
