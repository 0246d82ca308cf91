using System.Text.Json;

namespace KtPortal.Domain.Support;

/// <summary>
/// One entry of a ticket's timeline. Internal events (an internal note, for example) are visible to staff only,
/// like internal messages.
/// </summary>
public sealed class TicketEvent
{
    // For EF Core materialization.
    private TicketEvent()
    {
        Data = "{}";
    }

    private TicketEvent(Guid id, Guid ticketId, Guid organizationId, TicketEventKind kind, Guid? actorId, string data, bool isInternal, DateTimeOffset now)
    {
        Id = id;
        TicketId = ticketId;
        OrganizationId = organizationId;
        Kind = kind;
        ActorId = actorId;
        Data = data;
        Internal = isInternal;
        CreatedAt = now;
    }

    /// <summary>The event's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The ticket.</summary>
    public Guid TicketId { get; private set; }

    /// <summary>The ticket's organization (repeated so row-level security needs no join).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>What happened.</summary>
    public TicketEventKind Kind { get; private set; }

    /// <summary>Who did it, or <see langword="null"/> for the system (the SLA job, for example).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>Details as a JSON object of strings, e.g. <c>{"from":"NEW","to":"OPEN"}</c>.</summary>
    public string Data { get; private set; }

    /// <summary>Whether only staff may see it.</summary>
    public bool Internal { get; private set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Records an event on <paramref name="ticket"/>.</summary>
    public static TicketEvent Record(Guid id, Ticket ticket, TicketEventKind kind, Guid? actorId, DateTimeOffset now,
        IReadOnlyDictionary<string, string?>? data = null, bool isInternal = false)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Record(id, ticket.Id, ticket.OrganizationId, kind, actorId, now, data, isInternal);
    }

    /// <summary>Records an event on a ticket known by id and organization (for code that has not loaded it).</summary>
    public static TicketEvent Record(Guid id, Guid ticketId, Guid organizationId, TicketEventKind kind, Guid? actorId, DateTimeOffset now,
        IReadOnlyDictionary<string, string?>? data = null, bool isInternal = false) =>
        new(id, ticketId, organizationId, kind, actorId, data is null ? "{}" : JsonSerializer.Serialize(data), isInternal, now);
}
