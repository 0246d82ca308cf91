namespace KtPortal.Domain.Identity;

/// <summary>
/// One security event (a token issued or revoked, a failed client authentication, a sign-in, a role change).
/// Append-only: the database refuses to change or delete it.
/// </summary>
public sealed class AuditEvent
{
    // For EF Core materialization.
    private AuditEvent()
    {
        Kind = string.Empty;
    }

    /// <summary>Records an event.</summary>
    public AuditEvent(
        Guid id, DateTimeOffset occurredAt, string kind, Guid? actorUserId, string? actorClientId, Guid? organizationId, string? ipAddress, string? detail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Id = id;
        OccurredAt = occurredAt;
        Kind = kind;
        ActorUserId = actorUserId;
        ActorClientId = actorClientId;
        OrganizationId = organizationId;
        IpAddress = ipAddress;
        Detail = detail;
    }

    /// <summary>The event's id (a time-ordered UUID).</summary>
    public Guid Id { get; private set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>What happened, e.g. <c>TOKEN_ISSUED</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The user who acted, if any.</summary>
    public Guid? ActorUserId { get; private set; }

    /// <summary>The OAuth client that acted or was acted for, if any.</summary>
    public string? ActorClientId { get; private set; }

    /// <summary>The organization concerned, if any.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>The caller's IP address.</summary>
    public string? IpAddress { get; private set; }

    /// <summary>More about the event, as a JSON object.</summary>
    public string? Detail { get; private set; }
}
