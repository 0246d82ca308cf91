namespace KtPortal.Domain.Support;

/// <summary>Which target of an SLA policy a <see cref="SlaTargetProblem"/> is about.</summary>
public enum SlaTargetField
{
    /// <summary>The first-response target.</summary>
    FirstResponseMinutes,

    /// <summary>The resolution target.</summary>
    ResolutionMinutes,
}
