namespace KtPortal.Api.Plans;

/// <summary>The client already has an active plan: end it first.</summary>
public sealed class ClientPlanActiveException() : Exception("The client already has an active plan; end it before assigning another.");
