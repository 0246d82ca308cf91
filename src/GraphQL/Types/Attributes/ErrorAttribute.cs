namespace KtPortal.GraphQL;

/// <summary>
/// Declares an error a convention mutation can end in, listed in its <c>XxxError</c> union; one attribute per
/// error type. The type is either an exception the resolver throws (it becomes the error object type named
/// after it, <c>TicketNotFoundException</c> → <c>TicketNotFoundError</c>), a class whose constructor takes such
/// an exception, or an <see cref="Types.IError"/> class the resolver returns through a
/// <see cref="Types.MutationResult{TValue}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public class ErrorAttribute : Attribute
{
    /// <summary>Declares the error type <paramref name="errorType"/>.</summary>
    /// <param name="errorType">An exception type, a class built from an exception, or an error class.</param>
    public ErrorAttribute(Type errorType)
    {
        ArgumentNullException.ThrowIfNull(errorType);
        ErrorType = errorType;
    }

    /// <summary>The declared error type.</summary>
    public Type ErrorType { get; }
}
