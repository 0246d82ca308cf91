namespace KtPortal.Domain.Support;

/// <summary>The outcome of <see cref="SlaTargets.Validate"/>: the targets, or the problems.</summary>
/// <param name="Targets">The valid targets; null when there are problems.</param>
/// <param name="Problems">Empty when the targets are valid.</param>
public sealed record SlaTargetsValidation(SlaTargets? Targets, IReadOnlyList<SlaTargetProblem> Problems)
{
    /// <summary>Whether the values are valid targets.</summary>
    public bool IsValid => Targets is not null;
}
