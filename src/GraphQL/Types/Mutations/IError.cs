namespace KtPortal.GraphQL.Types;

/// <summary>
/// A domain error a mutation returns as data. Its object type implements
/// <c>interface Error { message: String! code: String! path: [String!] }</c>, so the properties must be public.
/// </summary>
public interface IError
{
    /// <summary>What went wrong, for people.</summary>
    string Message { get; }

    /// <summary>A stable UPPER_SNAKE code, for programs.</summary>
    string Code { get; }

    /// <summary>The input field the error concerns (for example <c>["input", "title"]</c>), or <see langword="null"/>.</summary>
    IReadOnlyList<string>? Path { get; }
}
