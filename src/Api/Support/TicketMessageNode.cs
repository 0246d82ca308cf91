using System.Linq.Expressions;
using System.Text.Json;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support;

/// <summary>A public reply, or an internal note that only staff ever see.</summary>
[GraphQLName("TicketMessage")]
public sealed class TicketMessageNode
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the entity to the node inside the query.</summary>
    public static Expression<Func<TicketMessage, TicketMessageNode>> From { get; } = m => new TicketMessageNode
    {
        Id = m.Id,
        TicketId = m.TicketId,
        Body = m.Body,
        Internal = m.Internal,
        CreatedAt = m.CreatedAt,
        AuthorId = m.AuthorId,
        AttachmentsJson = m.AttachmentsJson,
    };

    /// <summary>The message's id.</summary>
    [ID("TicketMessage")]
    public Guid Id { get; set; }

    /// <summary>The text.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Whether it is an internal note (staff only).</summary>
    public bool Internal { get; set; }

    /// <summary>When it was posted.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The ticket.</summary>
    [GraphQLIgnore]
    public Guid TicketId { get; set; }

    /// <summary>The author (see <c>author</c>).</summary>
    [GraphQLIgnore]
    [IsProjected(true)]
    public Guid AuthorId { get; set; }

    /// <summary>The attachments' JSON (see <c>attachments</c>).</summary>
    [GraphQLIgnore]
    public string AttachmentsJson { get; set; } = "[]";

    /// <summary>Who wrote it.</summary>
    public Task<UserNode?> AuthorAsync(IResolverContext context, CancellationToken cancellationToken)
        => TicketPeople.LoadAsync(context, AuthorId, cancellationToken);

    /// <summary>The attached files' metadata.</summary>
    [Requires(nameof(AttachmentsJson))]
    public IReadOnlyList<TicketAttachmentNode> Attachments() =>
        [.. (JsonSerializer.Deserialize<TicketAttachment[]>(AttachmentsJson, Json) ?? []).Select(a => new TicketAttachmentNode(a.FileName, a.ContentType, (int)a.SizeBytes))];
}
