namespace KtPortal.Domain.Support;

/// <summary>
/// The two targets of an SLA policy, in minutes of running clock: how soon a ticket gets its first staff response, and
/// how soon it is resolved. Build one with <see cref="Validate"/>, which says what is wrong with bad values.
/// </summary>
public readonly record struct SlaTargets
{
    /// <summary>The largest target: a year of running clock. Anything longer is a typing mistake, not a promise.</summary>
    public const int MaxMinutes = 525_600;

    private SlaTargets(int firstResponseMinutes, int resolutionMinutes)
    {
        FirstResponseMinutes = firstResponseMinutes;
        ResolutionMinutes = resolutionMinutes;
    }

    /// <summary>Minutes from creation to the first staff response.</summary>
    public int FirstResponseMinutes { get; }

    /// <summary>Minutes from creation to resolution.</summary>
    public int ResolutionMinutes { get; }

    /// <summary>The first-response target as a duration.</summary>
    public TimeSpan FirstResponse => TimeSpan.FromMinutes(FirstResponseMinutes);

    /// <summary>The resolution target as a duration.</summary>
    public TimeSpan Resolution => TimeSpan.FromMinutes(ResolutionMinutes);

    /// <summary>
    /// The targets, or the problems that stop them being targets: each must be 1 to <see cref="MaxMinutes"/> minutes,
    /// and a ticket cannot be due for resolution before it is due for its first response.
    /// </summary>
    public static SlaTargetsValidation Validate(int firstResponseMinutes, int resolutionMinutes)
    {
        var problems = new List<SlaTargetProblem>();
        CheckRange(problems, SlaTargetField.FirstResponseMinutes, firstResponseMinutes);
        CheckRange(problems, SlaTargetField.ResolutionMinutes, resolutionMinutes);
        if (problems.Count == 0 && resolutionMinutes < firstResponseMinutes)
        {
            problems.Add(new SlaTargetProblem(
                SlaTargetField.ResolutionMinutes,
                $"The resolution target ({resolutionMinutes} minutes) cannot be shorter than the first-response target ({firstResponseMinutes} minutes)."));
        }

        return problems.Count == 0
            ? new SlaTargetsValidation(new SlaTargets(firstResponseMinutes, resolutionMinutes), [])
            : new SlaTargetsValidation(null, problems);
    }

    private static void CheckRange(List<SlaTargetProblem> problems, SlaTargetField field, int minutes)
    {
        if (minutes is < 1 or > MaxMinutes)
        {
            problems.Add(new SlaTargetProblem(field, $"A target must be between 1 and {MaxMinutes} minutes (a year); got {minutes}."));
        }
    }
}
