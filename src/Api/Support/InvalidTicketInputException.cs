namespace KtPortal.Api.Support;

/// <summary>An input field of a ticket mutation is invalid.</summary>
/// <param name="field">The input field, e.g. <c>title</c>.</param>
/// <param name="message">What is wrong with it.</param>
public sealed class InvalidTicketInputException(string field, string message) : Exception(message)
{
    /// <summary>The input field.</summary>
    public string Field { get; } = field;
}
