using System.Linq.Expressions;
using KtPortal.GraphQL.Data.Filtering;
using KtPortal.GraphQL.Data.Sorting;
using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// The ticket type of <see cref="DeskApi"/>: its <c>messages</c> navigation becomes a paged, projected, filtered and
/// sorted child list (the descriptor form of the four attributes, since the field is the entity's own member).
/// </summary>
public sealed class DeskApiTicketType : ObjectType<Ticket>
{
    // Built once, as docs/graphql-data.md advises: a lambda at the call would be a new expression tree per ticket.
    private static readonly Expression<Func<Message, int>> MessageTicket = m => m.TicketId;

    /// <inheritdoc/>
    protected override void Configure(IObjectTypeDescriptor<Ticket> descriptor)
        => descriptor.Field(t => t.Messages)
            .UsePaging<Message>()
            .UseProjection<Message>()
            .UseFiltering<Message>()
            .UseSorting<Message>()

            // Every ticket's resolver returns a query on the request's one context; the paging middleware loads the
            // pages of all tickets of the level in one statement on it.
            .Resolve(context => context.Service<DeskContext>().Messages.ByParent(MessageTicket, context.Parent<Ticket>().Id));
}
