using KtPortal.Domain.Plans;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>A time entry needs a description of 1 to 2,000 characters.</summary>
public sealed record InvalidDescriptionError() : MutationError($"The description must be 1 to {TimeEntry.MaxDescriptionLength} characters.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "description"];
}
