using KtPortal.GraphQL.Types.CodeFirst;

namespace KtPortal.GraphQL.Types;

/// <summary>
/// A convenient base for returned mutation errors: <see cref="MutationResult{TValue}"/> converts from it implicitly,
/// the code defaults to the type's name without <c>Error</c> in UPPER_SNAKE (<c>TitleTakenError</c> →
/// <c>TITLE_TAKEN</c>), and the path to none.
/// </summary>
public abstract record MutationError : IError
{
    /// <summary>Creates the error with its message.</summary>
    /// <param name="message">What went wrong, for people.</param>
    protected MutationError(string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Message = message;
    }

    /// <inheritdoc />
    public string Message { get; }

    /// <inheritdoc />
    public virtual string Code => CodeOf(GetType());

    /// <inheritdoc />
    public virtual IReadOnlyList<string>? Path => null;

    /// <summary>The default code of an error type: its name without <c>Error</c> (or <c>Exception</c>), in UPPER_SNAKE.</summary>
    internal static string CodeOf(Type type)
    {
        var name = Naming.TypeName(type);
        foreach (var suffix in (string[])["Exception", "Error"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return Naming.UpperSnake(name);
    }
}
