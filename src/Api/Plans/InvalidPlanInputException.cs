namespace KtPortal.Api.Plans;

/// <summary>An input field of a plan mutation is out of range; <see cref="Field"/> names it.</summary>
public sealed class InvalidPlanInputException(string field, string message) : Exception(message)
{
    /// <summary>The input field at fault, in camelCase.</summary>
    public string Field { get; } = field;
}
