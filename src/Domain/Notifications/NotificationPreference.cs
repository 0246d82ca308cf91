namespace KtPortal.Domain.Notifications;

/// <summary>
/// One user's channels for one kind of notification. Without a preference for a kind, a user gets it both in the app
/// and by email. The database applies the preference to every notification inserted (migration 0015).
/// </summary>
public sealed class NotificationPreference
{
    // For EF Core materialization.
    private NotificationPreference()
    {
        Kind = string.Empty;
    }

    /// <summary>Creates a preference.</summary>
    /// <param name="userId">Whose it is.</param>
    /// <param name="kind">The kind of notification (<see cref="NotificationKinds"/>).</param>
    /// <param name="inApp">Whether it is shown in the app.</param>
    /// <param name="email">Whether it is sent by email.</param>
    /// <param name="now">When it was set.</param>
    public NotificationPreference(Guid userId, string kind, bool inApp, bool email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        UserId = userId;
        Kind = kind;
        InApp = inApp;
        Email = email;
        UpdatedAt = now;
    }

    /// <summary>Whose it is.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The kind of notification.</summary>
    public string Kind { get; private set; }

    /// <summary>Whether notifications of the kind are shown in the app.</summary>
    public bool InApp { get; private set; }

    /// <summary>Whether notifications of the kind are sent by email.</summary>
    public bool Email { get; private set; }

    /// <summary>When it was last set.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
}
