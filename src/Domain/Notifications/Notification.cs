namespace KtPortal.Domain.Notifications;

/// <summary>
/// An in-app notification for one user. A <see cref="DedupeKey"/> makes a notification that must be sent once
/// (per billing period and threshold, per SLA breach) unique: a second insert with the same key is ignored.
/// </summary>
public sealed class Notification
{
    // For EF Core materialization.
    private Notification()
    {
        Kind = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
        Data = "{}";
    }

    /// <summary>Creates a notification.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="userId">The recipient.</param>
    /// <param name="organizationId">The organization it is about, if any.</param>
    /// <param name="kind">What it is about, UPPER_SNAKE, e.g. <c>SLA_BREACHED</c>.</param>
    /// <param name="title">A one-line summary.</param>
    /// <param name="body">The text.</param>
    /// <param name="data">Details as a JSON object (ids to link to).</param>
    /// <param name="now">When it is created.</param>
    /// <param name="dedupeKey">A key that makes it unique, e.g. <c>sla-breach:{ticketId}:first-response</c>.</param>
    public Notification(Guid id, Guid userId, Guid? organizationId, string kind, string title, string body, string data, DateTimeOffset now,
        string? dedupeKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(data);
        Id = id;
        UserId = userId;
        OrganizationId = organizationId;
        Kind = kind;
        Title = title;
        Body = body;
        Data = data;
        CreatedAt = now;
        DedupeKey = dedupeKey;
    }

    /// <summary>The notification's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The recipient.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The organization it is about, if any.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>What it is about, e.g. <c>SLA_BREACHED</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>A one-line summary.</summary>
    public string Title { get; private set; }

    /// <summary>The text.</summary>
    public string Body { get; private set; }

    /// <summary>Details as a JSON object.</summary>
    public string Data { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the recipient read it, or <see langword="null"/> while unread.</summary>
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The key that makes it unique, if it must be sent once.</summary>
    public string? DedupeKey { get; private set; }

    /// <summary>
    /// Whether it is shown in the app: false when its recipient turned the in-app channel off for its kind
    /// (<see cref="NotificationPreference"/>). The database sets it when the notification is inserted.
    /// </summary>
    public bool InApp { get; private set; } = true;

    /// <summary>Marks it read (the first time counts).</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
