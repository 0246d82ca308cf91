using System.Text.Json;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL;
using KtPortal.GraphQL.Execution;

namespace KtPortal.Api.Support;

/// <summary><c>Notification.ticket</c>: the ticket a notification is about, so that a client opens it without decoding <c>data</c>.</summary>
[ExtendObjectType(typeof(Notification))]
public sealed class NotificationTicketField
{
    /// <summary>
    /// The ticket the notification is about (an SLA breach, say), read as the caller; null when it is about no ticket
    /// or the caller may not see the ticket.
    /// </summary>
    public async Task<TicketNode?> TicketAsync([Parent] Notification notification, IResolverContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var data = JsonDocument.Parse(notification.Data);
        return data.RootElement.ValueKind == JsonValueKind.Object
            && data.RootElement.TryGetProperty("ticketId", out var value)
            && value.ValueKind == JsonValueKind.String
            && Guid.TryParse(value.GetString(), out var id)
            ? await TicketReader.LoadAsync(context, id, cancellationToken)
            : null;
    }
}
