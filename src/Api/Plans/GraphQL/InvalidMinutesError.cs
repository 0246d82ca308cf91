using KtPortal.Domain.Plans;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Plans.GraphQL;

/// <summary>Minutes must be 1 to 1,440 in one entry: not zero, not negative, not more than a day.</summary>
public sealed record InvalidMinutesError() : MutationError($"Minutes must be between 1 and {TimeEntry.MaxMinutes} (24 hours) in one entry.")
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Path => ["input", "minutes"];
}
