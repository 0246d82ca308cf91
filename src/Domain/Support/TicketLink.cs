namespace KtPortal.Domain.Support;

/// <summary>Two related tickets of one organization. The relation is undirected and stored once, smaller id first.</summary>
public sealed class TicketLink
{
    // For EF Core materialization.
    private TicketLink()
    {
    }

    private TicketLink(Guid ticketId, Guid relatedTicketId, Guid organizationId, Guid? createdById, DateTimeOffset now)
    {
        TicketId = ticketId;
        RelatedTicketId = relatedTicketId;
        OrganizationId = organizationId;
        CreatedById = createdById;
        CreatedAt = now;
    }

    /// <summary>The ticket with the smaller id.</summary>
    public Guid TicketId { get; private set; }

    /// <summary>The ticket with the larger id.</summary>
    public Guid RelatedTicketId { get; private set; }

    /// <summary>The organization of both.</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>Who linked them.</summary>
    public Guid? CreatedById { get; private set; }

    /// <summary>When.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The stored order of a pair: the smaller id first, as PostgreSQL orders uuids (by their hex text).</summary>
    public static (Guid First, Guid Second) Order(Guid a, Guid b) =>
        string.CompareOrdinal(a.ToString("N"), b.ToString("N")) < 0 ? (a, b) : (b, a);

    /// <summary>Links two tickets.</summary>
    /// <exception cref="ArgumentException">A ticket is linked to itself, or they belong to different organizations.</exception>
    public static TicketLink Link(Ticket a, Ticket b, Guid? createdById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Id == b.Id)
        {
            throw new ArgumentException("A ticket cannot be related to itself.", nameof(b));
        }

        if (a.OrganizationId != b.OrganizationId)
        {
            throw new ArgumentException("Related tickets belong to the same organization.", nameof(b));
        }

        var (first, second) = Order(a.Id, b.Id);
        return new TicketLink(first, second, a.OrganizationId, createdById, now);
    }
}
