namespace KtPortal.Domain.Plans;

/// <summary>Why a time entry is refused.</summary>
public enum TimeEntryProblem
{
    /// <summary>The minutes are not 1 to 1,440 (zero, negative, or more than a day).</summary>
    Minutes,

    /// <summary>The work date is after today.</summary>
    WorkDateInFuture,

    /// <summary>The description is blank or longer than 2,000 characters.</summary>
    Description,
}
