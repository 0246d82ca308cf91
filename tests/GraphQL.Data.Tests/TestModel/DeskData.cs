namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// Generated test data, deterministic for a seed: 20 organizations, 400 users, 10,000 tickets and about
/// 30,000 messages. Sort keys repeat on purpose (few distinct creation times, priorities, titles with mixed
/// case), so paging and sorting meet ties. The same objects are the in-memory oracle's data.
/// </summary>
public sealed class DeskData
{
    private static readonly string[] Words =
    [
        "Login", "login", "LOGIN", "Invoice", "invoice", "Email", "email", "Server", "server", "Backup", "Domain",
        "SSL", "ssl", "Plugin", "Update", "update", "Error", "error", "Crash", "Slow", "slow", "Report", "Café",
    ];

    private static readonly string[] TagPool = ["billing", "urgent", "wordpress", "dns", "email", "vip", "bug"];

    /// <summary>The epoch the generated times count from.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Organizations, by id order.</summary>
    public required List<Organization> Organizations { get; init; }

    /// <summary>Users, by id order.</summary>
    public required List<User> Users { get; init; }

    /// <summary>Tickets, by id order.</summary>
    public required List<Ticket> Tickets { get; init; }

    /// <summary>Messages, by id order.</summary>
    public required List<Message> Messages { get; init; }

    /// <summary>Generates the data for <paramref name="seed"/>.</summary>
    public static DeskData Generate(int seed = 42, int tickets = 10_000)
    {
        var random = new Random(seed);
        var organizations = Enumerable.Range(1, 20).Select(i => new Organization
        {
            Id = i,
            Name = i == 1 ? "Kre8ivTech" : $"Client {(char)('A' + (i % 26))}{i}",
            Kind = i == 1 ? OrganizationKind.Agency : i % 7 == 0 ? OrganizationKind.Partner : OrganizationKind.Client,
            CreatedAt = Epoch.AddDays(-i),
        }).ToList();
        var users = Enumerable.Range(1, 400).Select(i => new User
        {
            Id = i,
            OrganizationId = i <= 20 ? 1 : 2 + (i % 19),
            Email = $"user{i}@example.test",
            DisplayName = $"{Words[random.Next(Words.Length)]} {i}",
            IsStaff = i <= 20,
        }).ToList();
        var clientUsers = users.Where(u => !u.IsStaff).ToList();
        var ticketList = new List<Ticket>(tickets);
        var messages = new List<Message>(tickets * 3);
        for (var i = 1; i <= tickets; i++)
        {
            var requester = clientUsers[random.Next(clientUsers.Count)];
            var status = (TicketStatus)random.Next(6);
            // About 1,500 distinct creation times for 10,000 tickets: plenty of ties.
            var createdAt = Epoch.AddMinutes(random.Next(1_500) * 7);
            var ticket = new Ticket
            {
                Id = i,
                Number = 1000 + i,
                OrganizationId = requester.OrganizationId,
                RequesterId = requester.Id,
                Title = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} problem",
                Description = $"Ticket {i}: {Words[random.Next(Words.Length)]} stopped working 50% of the time_",
                Status = status,
                Priority = (TicketPriority)random.Next(4),
                IsBillable = random.Next(3) == 0,
                EstimatedMinutes = random.Next(4) == 0 ? null : random.Next(1, 16) * 15,
                Tags = [.. Enumerable.Range(0, random.Next(4)).Select(_ => TagPool[random.Next(TagPool.Length)]).Distinct()],
                CreatedAt = createdAt,
                ResolvedAt = status is TicketStatus.Resolved or TicketStatus.Closed ? createdAt.AddHours(random.Next(1, 72)) : null,
            };
            ticketList.Add(ticket);
            var count = random.Next(7);
            for (var m = 0; m < count; m++)
            {
                var staff = random.Next(2) == 0;
                messages.Add(new Message
                {
                    Id = messages.Count + 1,
                    TicketId = i,
                    AuthorId = staff ? users[random.Next(20)].Id : requester.Id,
                    Body = $"{Words[random.Next(Words.Length)]} reply {m}",
                    IsInternal = staff && random.Next(3) == 0,
                    CreatedAt = createdAt.AddMinutes(random.Next(1, 200)),
                });
            }
        }

        return new DeskData { Organizations = organizations, Users = users, Tickets = ticketList, Messages = messages };
    }
}
