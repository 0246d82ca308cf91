using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Time cannot be logged for a day after today (UTC).</summary>
public sealed record WorkDateInFutureError() : MutationError("The work date cannot be after today.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "workDate"];
}
