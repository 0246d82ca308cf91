namespace KtPortal.Api.Plans.GraphQL;

/// <summary>
/// The event bus message that a client's plan usage changed. It carries only the organization: each subscriber reads
/// the usage again in its own tenant transaction, so the bus never carries what a subscriber may not see.
/// </summary>
/// <param name="OrganizationId">The client organization whose usage changed.</param>
public sealed record PlanUsageChanged(Guid OrganizationId)
{
    /// <summary>The topic the message is sent on.</summary>
    public const string Topic = "planUsageChanged";
}
