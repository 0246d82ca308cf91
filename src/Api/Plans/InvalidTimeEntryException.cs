using KtPortal.Domain.Plans;

namespace KtPortal.Api.Plans;

/// <summary>A time entry's input is refused; <see cref="Problem"/> says why.</summary>
public sealed class InvalidTimeEntryException(TimeEntryProblem problem) : Exception(MessageOf(problem))
{
    /// <summary>Why the entry is refused.</summary>
    public TimeEntryProblem Problem { get; } = problem;

    private static string MessageOf(TimeEntryProblem problem) => problem switch
    {
        TimeEntryProblem.Minutes => $"Minutes must be between 1 and {TimeEntry.MaxMinutes} (24 hours) in one entry.",
        TimeEntryProblem.WorkDateInFuture => "The work date cannot be after today.",
        TimeEntryProblem.Description => $"The description must be 1 to {TimeEntry.MaxDescriptionLength} characters.",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown problem."),
    };
}
