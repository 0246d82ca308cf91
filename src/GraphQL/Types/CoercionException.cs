namespace KtPortal.GraphQL.Types;

/// <summary>
/// A value that a scalar or enum cannot coerce. The message is shown to the caller, worded as graphql-js words
/// it (for example <c>Int cannot represent non-integer value: 1.5</c>).
/// </summary>
public sealed class CoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception; required by the exception pattern.</summary>
    public CoercionException()
    {
    }
}
