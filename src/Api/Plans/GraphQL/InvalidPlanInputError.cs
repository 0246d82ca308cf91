using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>An input field of a plan mutation is out of range; <c>path</c> names it.</summary>
/// <param name="exception">The refusal.</param>
public sealed class InvalidPlanInputError(InvalidPlanInputException exception) : IError
{
    /// <inheritdoc />
    public string Message { get; } = exception.Message;

    /// <inheritdoc />
    public string Code => "INVALID_PLAN_INPUT";

    /// <inheritdoc />
    public IReadOnlyList<string>? Path { get; } = ["input", exception.Field];
}
