namespace KtPortal.Api.Plans;

/// <summary>Another plan of the catalogue has the name.</summary>
public sealed class PlanNameTakenException(string name) : Exception($"Another maintenance plan is called \"{name}\".");
