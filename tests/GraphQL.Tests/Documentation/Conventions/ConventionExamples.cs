using KtPortal.GraphQL.Types;

namespace KtPortal.GraphQL.Tests.Documentation.Conventions;

// The examples of the "Global object identification" and "Mutation conventions" sections of
// docs/graphql-schema.md, as the docs show them.

[Node]
public sealed record Ticket(int Id, string Title)
{
    [NodeResolver]
    public static Task<Ticket?> GetAsync(int id, TicketRepository tickets, CancellationToken cancellationToken)
        => tickets.FindAsync(id, cancellationToken);
}

[QueryType]
public sealed class TicketQueries
{
    public Task<Ticket?> TicketAsync([ID<Ticket>] int id, TicketRepository tickets, CancellationToken cancellationToken)
        => tickets.FindAsync(id, cancellationToken);
}

public sealed class TicketNotFoundException(int id) : Exception($"Ticket {id} does not exist.");

public sealed record TitleTakenError(string Title) : IError
{
    public string Message => $"Another ticket is called \"{Title}\".";

    public string Code => "TITLE_TAKEN";

    public IReadOnlyList<string>? Path => ["input", "title"];
}

[MutationType]
public sealed class TicketMutations
{
    [Error<TicketNotFoundException>]
    [Error<TitleTakenError>]
    public async Task<MutationResult<Ticket, TitleTakenError>> RenameTicketAsync(
        [ID<Ticket>] int id,
        string title,
        TicketRepository tickets,
        CancellationToken cancellationToken)
    {
        if (await tickets.IsTitleTakenAsync(title, cancellationToken))
        {
            return new TitleTakenError(title);
        }

        var ticket = await tickets.FindAsync(id, cancellationToken) ?? throw new TicketNotFoundException(id);
        return ticket with { Title = title };
    }
}

public sealed class TicketRepository
{
    public Task<Ticket?> FindAsync(int id, CancellationToken cancellationToken)
        => Task.FromResult(id == 1042 ? new Ticket(1042, "Printer on fire") : null);

    public Task<bool> IsTitleTakenAsync(string title, CancellationToken cancellationToken)
        => Task.FromResult(title == "Coffee machine");
}

public sealed class TicketType : ObjectType<Ticket>
{
    protected override void Configure(IObjectTypeDescriptor<Ticket> descriptor)
        => descriptor.ImplementsNode()
            .IdField(t => t.Id)
            .ResolveNode<int>((context, id) => context.Service<TicketRepository>().FindAsync(id, context.RequestAborted));
}
