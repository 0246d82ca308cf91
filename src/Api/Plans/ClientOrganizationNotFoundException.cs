namespace KtPortal.Api.Plans;

/// <summary>The organization does not exist, is not visible to the caller, or is not a client.</summary>
public sealed class ClientOrganizationNotFoundException() : Exception("The client organization does not exist.");
