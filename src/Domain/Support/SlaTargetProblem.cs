namespace KtPortal.Domain.Support;

/// <summary>Why a value cannot be an SLA target.</summary>
/// <param name="Field">The target at fault.</param>
/// <param name="Message">What is wrong, for the person who typed it.</param>
public sealed record SlaTargetProblem(SlaTargetField Field, string Message);
