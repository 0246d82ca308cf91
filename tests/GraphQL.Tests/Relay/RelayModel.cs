using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KtPortal.GraphQL.Tests.Relay;

/// <summary>Three node types, one per way of declaring a node resolver, and the schema they make.</summary>
public static class RelayModel
{
    public static SchemaBuilder Builder(Action<GlobalObjectIdentificationOptions>? configure = null)
        => SchemaBuilder.New()
            .AddGlobalObjectIdentification(configure)
            .AddQueryType<RelayQueries>()
            .AddType<UserType>();

    public static ServiceProvider Services()
        => new ServiceCollection().AddSingleton<TicketStore>().BuildServiceProvider();

    public static string Id(string typeName, object key) => NodeIdSerializer.Default.Format(typeName, key);

    // A node whose resolver is a static method of its own class, taking a service.
    [Node]
    public sealed record Ticket(int Id, string Title, [property: ID<Ticket>] int? ParentId)
    {
        [NodeResolver]
        public static Task<Ticket?> GetAsync(int id, [Service] TicketStore store, CancellationToken cancellationToken)
            => Task.FromResult(store.Find(id));
    }

    // A node whose resolver is a query method (it stays a query field).
    [Node]
    public sealed record Document(Guid Id, string Name);

    // A node declared with a descriptor, with a long key.
    public sealed record User(long Id, string Name);

    public sealed class UserType : ObjectType<User>
    {
        protected override void Configure(IObjectTypeDescriptor<User> descriptor)
            => descriptor.ImplementsNode()
                .IdField(u => u.Id)
                .ResolveNode<long>((_, id) => Task.FromResult(id == 5_000_000_000L ? new User(id, "Ada") : null));
    }

    public sealed record LinkTicketsInput([property: ID<Ticket>] int From, [property: ID<Ticket>] IReadOnlyList<int> To, string? Note);

    public sealed class TicketStore
    {
        public Ticket? Find(int id) => id is >= 1 and <= 100 ? new Ticket(id, $"Ticket {id}", id > 1 ? 1 : null) : null;
    }

    public sealed class RelayQueries
    {
        public static readonly Guid DocumentId = new("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

        public Ticket? Ticket([ID<Ticket>] int id, [Service] TicketStore store) => store.Find(id);

        public IReadOnlyList<int> TicketKeys([ID<Ticket>] IReadOnlyList<int> ids) => ids;

        public string AnyKey([ID] string id) => id;

        [NodeResolver]
        public Document? GetDocument(Guid id) => id == DocumentId ? new Document(id, "Handbook") : null;

        public string Link(LinkTicketsInput input) => $"{input.From} -> {string.Join(",", input.To)}";

        public User? Me(IResolverContext context) => new(5_000_000_000L, "Ada");
    }
}
