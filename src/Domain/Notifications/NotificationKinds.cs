namespace KtPortal.Domain.Notifications;

/// <summary>
/// The kinds of notification the portal sends, each a preference a user can set per channel
/// (<see cref="NotificationPreference"/>).
/// </summary>
public static class NotificationKinds
{
    /// <summary>A ticket missed its first-response or resolution target (staff and the assignee).</summary>
    public const string SlaBreached = "SLA_BREACHED";

    /// <summary>80% of a billing period's included hours are used (the client's owners and admins, and billing staff).</summary>
    public const string PlanUsageWarning = "PLAN_USAGE_WARNING";

    /// <summary>All of a billing period's included hours are used (the same people).</summary>
    public const string PlanUsageExhausted = "PLAN_USAGE_EXHAUSTED";

    /// <summary>Every kind, in the order preferences are listed.</summary>
    public static IReadOnlyList<string> All { get; } = [SlaBreached, PlanUsageWarning, PlanUsageExhausted];
}
