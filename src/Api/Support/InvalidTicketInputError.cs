using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Support;

/// <summary>An input field of a ticket mutation is invalid; <c>path</c> names it.</summary>
public sealed class InvalidTicketInputError(InvalidTicketInputException exception) : IError
{
    /// <inheritdoc/>
    public string Message { get; } = exception.Message;

    /// <inheritdoc/>
    public string Code => "INVALID_TICKET_INPUT";

    /// <inheritdoc/>
    public IReadOnlyList<string>? Path { get; } = ["input", exception.Field];
}
