using KtPortal.GraphQL.Subscriptions;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Documentation;

// The examples of docs/graphql-schema.md and docs/graphql-execution.md, as the docs show them.

/// <summary>A support ticket.</summary>
public sealed record Ticket(int Id, string Title, int InternalScore, int AgeInDays);

public sealed class TicketType : ObjectType<Ticket>
{
    protected override void Configure(IObjectTypeDescriptor<Ticket> descriptor)
    {
        descriptor.Description("A support ticket.");
        descriptor.Field(t => t.InternalScore).Ignore();
        descriptor.Field("age")
            .Type<int>()
            .Resolve(context => context.Parent<Ticket>().AgeInDays);
    }
}

[QueryType]
public sealed class TicketQueries
{
    /// <summary>A ticket by its number.</summary>
    public Ticket? Ticket(int id) => id == 1042 ? new Ticket(1042, "Printer on fire", 7, 3) : null;
}

[MutationType]
public sealed class TicketMutations
{
    /// <summary>Renames a ticket and tells its subscribers.</summary>
    public async Task<Ticket> RenameTicket(int id, string title, ITopicEventSender sender, CancellationToken cancellationToken)
    {
        var ticket = new Ticket(id, title, 7, 3);
        await sender.SendAsync($"ticket/{ticket.Id}", ticket, cancellationToken);
        return ticket;
    }
}

[SubscriptionType]
public sealed class TicketSubscriptions
{
    /// <summary>Each change to one ticket.</summary>
    [Subscribe]
    [Topic("ticket/{id}")]
    public Ticket TicketChanged(int id, [EventMessage] Ticket ticket) => ticket;
}
