using KtPortal.Domain.Notifications;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>A kind of notification the portal sends, which a user can choose the channels of.</summary>
public enum NotificationKind
{
    /// <summary>A ticket missed its first-response or resolution target (staff and the ticket's assignee).</summary>
    SlaBreached,

    /// <summary>80% of a billing period's included hours are used (the client's owners and admins, and billing staff).</summary>
    PlanUsageWarning,

    /// <summary>All of a billing period's included hours are used (the same people).</summary>
    PlanUsageExhausted,
}

/// <summary>The stored names of <see cref="NotificationKind"/> (<see cref="NotificationKinds"/>).</summary>
internal static class NotificationKindNames
{
    private static readonly Dictionary<NotificationKind, string> Names = new()
    {
        [NotificationKind.SlaBreached] = NotificationKinds.SlaBreached,
        [NotificationKind.PlanUsageWarning] = NotificationKinds.PlanUsageWarning,
        [NotificationKind.PlanUsageExhausted] = NotificationKinds.PlanUsageExhausted,
    };

    /// <summary>Every kind, in the order of <see cref="NotificationKinds.All"/>.</summary>
    public static IReadOnlyList<NotificationKind> All { get; } = [.. NotificationKinds.All.Select(name => Names.Single(p => p.Value == name).Key)];

    public static string Name(NotificationKind kind) => Names[kind];
}
