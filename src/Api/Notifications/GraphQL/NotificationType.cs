using System.Text.Json;
using KtPortal.Domain.Notifications;
using KtPortal.GraphQL.Types;

namespace KtPortal.Api.Notifications.GraphQL;

/// <summary>
/// <c>Notification</c>: an in-app notification of the caller. Who it is for and its dedupe key stay out of the schema;
/// <c>data</c> is the JSON object of ids a client links to (for an SLA breach: <c>ticketId</c>, <c>ticketNumber</c>,
/// <c>target</c>, <c>dueAt</c>).
/// </summary>
public sealed class NotificationType : ObjectType<Notification>
{
    /// <inheritdoc/>
    protected override void Configure(IObjectTypeDescriptor<Notification> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Description("An in-app notification for the caller.");
        descriptor.ImplementsNode()
            .IdField(n => n.Id)
            .ResolveNode<Guid>((context, id) => NotificationReader.FindAsync(context, id, context.RequestAborted));
        descriptor.Field(n => n.UserId).Ignore();
        descriptor.Field(n => n.OrganizationId).Ignore();
        descriptor.Field(n => n.DedupeKey).Ignore();
        descriptor.Field(n => n.InApp).Ignore();
        descriptor.Field(n => n.Kind).Description("What it is about, UPPER_SNAKE: SLA_BREACHED, PLAN_USAGE_THRESHOLD, ...");
        descriptor.Field(n => n.Title).Description("A one-line summary.");
        descriptor.Field(n => n.Body).Description("The text.");
        descriptor.Field(n => n.CreatedAt).Description("When it was created.");
        descriptor.Field(n => n.ReadAt).Description("When the caller marked it read; null while unread.");
        descriptor.Field(n => n.Data)
            .Type<JsonElement>()
            .Description("Details as a JSON object: the ids a client links to.")
            .Resolve(context => ParseData(context.Parent<Notification>().Data));
    }

    private static JsonElement ParseData(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.Clone();
    }
}
