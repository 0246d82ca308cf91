using System.Linq.Expressions;
using System.Text.Json;
using KtPortal.Api.Identity.GraphQL;
using KtPortal.Domain.Support;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Data.Projection;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support;

/// <summary>One entry of a ticket's timeline. Internal entries (internal notes) are shown to staff only.</summary>
[GraphQLName("TicketEvent")]
public sealed class TicketEventNode
{
    /// <summary>Maps the entity to the node inside the query.</summary>
    public static Expression<Func<TicketEvent, TicketEventNode>> From { get; } = e => new TicketEventNode
    {
        Id = e.Id,
        TicketId = e.TicketId,
        Kind = e.Kind,
        Internal = e.Internal,
        CreatedAt = e.CreatedAt,
        ActorId = e.ActorId,
        DataJson = e.Data,
    };

    /// <summary>The event's id.</summary>
    [ID("TicketEvent")]
    public Guid Id { get; set; }

    /// <summary>What happened.</summary>
    public TicketEventKind Kind { get; set; }

    /// <summary>Whether only staff see it.</summary>
    public bool Internal { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The ticket.</summary>
    [GraphQLIgnore]
    public Guid TicketId { get; set; }

    /// <summary>Who acted (see <c>actor</c>).</summary>
    [GraphQLIgnore]
    [IsProjected(true)]
    public Guid? ActorId { get; set; }

    /// <summary>The details' JSON (see <c>data</c>).</summary>
    [GraphQLIgnore]
    public string DataJson { get; set; } = "{}";

    /// <summary>Who acted; null for the system.</summary>
    public Task<UserNode?> ActorAsync(IResolverContext context, CancellationToken cancellationToken)
        => ActorId is { } id ? TicketPeople.LoadAsync(context, id, cancellationToken) : Task.FromResult<UserNode?>(null);

    /// <summary>The details, e.g. <c>{"from":"NEW","to":"OPEN"}</c> for a status change.</summary>
    [Requires(nameof(DataJson))]
    public JsonElement Data()
    {
        using var document = JsonDocument.Parse(DataJson);
        return document.RootElement.Clone();
    }
}
