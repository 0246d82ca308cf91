using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.Data;

/// <summary>The field errors of filtering and sorting: all <c>VALIDATION_FAILED</c>, naming the input path at fault.</summary>
internal static class DataErrors
{
    public static GraphQLException Invalid(string path, string message)
        => new([new GraphQLError($"Invalid {path}: {message}")
        {
            Code = ErrorCodes.ValidationFailed,
            Extensions = new Dictionary<string, object?> { ["input"] = path },
        }]);
}
