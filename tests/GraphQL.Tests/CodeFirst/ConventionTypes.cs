namespace KtPortal.GraphQL.Tests.CodeFirst.Conventions;

public enum TicketStatus
{
    Open,
    InProgress,
    [GraphQLName("DONE")]
    Closed,
    [Obsolete("Use CLOSED.")]
    Archived,
    [GraphQLIgnore]
    Internal,
}

public sealed record Ticket(int Id, string Title, string? Assignee, TicketStatus Status, IReadOnlyList<string> Tags, IReadOnlyList<string?>? Labels)
{
    public decimal? Price { get; init; }

    public Guid Key { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    [GraphQLDescription("How long the ticket has been open, in days.")]
    public int AgeInDays(int? asOf = 7) => asOf ?? 0;

    [Obsolete]
    public string? LegacyCode => null;

    [GraphQLIgnore]
    public string Secret => "hidden";

    public Task<string> GetSummaryAsync() => Task.FromResult(Title);
}

public sealed record TicketFilter(string? Text, TicketStatus? Status = TicketStatus.Open, int Take = 10);

public sealed class Query
{
    public Ticket? GetTicket(int id) => id == 1 ? Sample : null;

    public IEnumerable<Ticket> Tickets(TicketFilter filter) => [Sample];

    [GraphQLName("hello")]
    [GraphQLDescription("Says hello.")]
    public string Greeting(string name = "world") => $"Hello, {name}!";

    internal static Ticket Sample { get; } = new(1, "Printer on fire", null, TicketStatus.InProgress, ["hardware"], null);
}
