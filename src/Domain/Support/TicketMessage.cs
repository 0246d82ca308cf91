using System.Text.Json;

namespace KtPortal.Domain.Support;

/// <summary>A public reply or an internal note (staff only, never shown to clients) on a ticket.</summary>
public sealed class TicketMessage
{
    /// <summary>The longest body.</summary>
    public const int MaxBodyLength = 20000;

    /// <summary>The most attachments on one message.</summary>
    public const int MaxAttachments = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // For EF Core materialization.
    private TicketMessage()
    {
        Body = string.Empty;
        AttachmentsJson = "[]";
    }

    private TicketMessage(Guid id, Ticket ticket, Guid authorId, string body, bool isInternal, string attachmentsJson, DateTimeOffset now)
    {
        Id = id;
        TicketId = ticket.Id;
        OrganizationId = ticket.OrganizationId;
        AuthorId = authorId;
        Body = body;
        Internal = isInternal;
        AttachmentsJson = attachmentsJson;
        CreatedAt = now;
    }

    /// <summary>The message's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The ticket.</summary>
    public Guid TicketId { get; private set; }

    /// <summary>The ticket's organization (repeated so row-level security needs no join).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public Guid AuthorId { get; private set; }

    /// <summary>The text.</summary>
    public string Body { get; private set; }

    /// <summary>Whether it is an internal note, visible to staff only.</summary>
    public bool Internal { get; private set; }

    /// <summary>The attachments' metadata as a JSON array (the <c>attachments</c> column).</summary>
    public string AttachmentsJson { get; private set; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The attachments' metadata.</summary>
    public IReadOnlyList<TicketAttachment> Attachments =>
        JsonSerializer.Deserialize<TicketAttachment[]>(AttachmentsJson, Json) ?? [];

    /// <summary>Why a body or attachment list is invalid, or <see langword="null"/> when they are valid.</summary>
    public static string? Validate(string? body, IReadOnlyCollection<TicketAttachment>? attachments) =>
        string.IsNullOrWhiteSpace(body) ? "A message needs a body."
        : body.Trim().Length > MaxBodyLength ? "A message may be at most 20,000 characters."
        : attachments is { Count: > MaxAttachments } ? $"A message may have at most {MaxAttachments} attachments."
        : attachments?.Select(a => a.Problem()).FirstOrDefault(p => p is not null);

    /// <summary>Posts a message on <paramref name="ticket"/> and records it on the ticket (see <see cref="Ticket.RecordMessage"/>).</summary>
    /// <exception cref="ArgumentException">A value breaks a rule of <see cref="Validate"/>.</exception>
    /// <exception cref="InvalidOperationException">A client posts an internal note.</exception>
    public static TicketMessage Post(Guid id, Ticket ticket, Guid authorId, TicketActor author, string body, bool isInternal,
        IReadOnlyCollection<TicketAttachment> attachments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(attachments);
        if (Validate(body, attachments) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (isInternal && author != TicketActor.Staff)
        {
            throw new InvalidOperationException("Only staff post internal notes.");
        }

        ticket.RecordMessage(author, isInternal, now);
        return new TicketMessage(id, ticket, authorId, body.Trim(), isInternal, JsonSerializer.Serialize(attachments, Json), now);
    }
}
