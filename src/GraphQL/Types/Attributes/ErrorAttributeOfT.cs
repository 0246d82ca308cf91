namespace KtPortal.GraphQL;

/// <summary>An <see cref="ErrorAttribute"/> naming the error type as a type argument.</summary>
/// <typeparam name="TError">An exception type, a class built from an exception, or an error class.</typeparam>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ErrorAttribute<TError> : ErrorAttribute
{
    /// <summary>Declares <typeparamref name="TError"/>.</summary>
    public ErrorAttribute()
        : base(typeof(TError))
    {
    }
}
