namespace KtPortal.Api.Plans;

/// <summary>The maintenance plan does not exist.</summary>
public sealed class MaintenancePlanNotFoundException() : Exception("The maintenance plan does not exist.");
