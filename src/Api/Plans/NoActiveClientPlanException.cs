namespace KtPortal.Api.Plans;

/// <summary>The client has no active plan to end.</summary>
public sealed class NoActiveClientPlanException() : Exception("The client has no active plan.");
