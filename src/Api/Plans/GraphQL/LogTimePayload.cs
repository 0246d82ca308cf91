namespace KtPortal.Api.Plans.GraphQL;

/// <summary>The result of <c>logTime</c>.</summary>
/// <param name="TimeEntry">The entry logged; null when refused.</param>
/// <param name="PlanUsage">
/// The usage of the billing period the entry's work date falls in, when the client has a plan then (whether or not the
/// ticket is covered); null otherwise or when refused.
/// </param>
public sealed record LogTimePayload(TimeEntryObject? TimeEntry, PlanUsageObject? PlanUsage);
