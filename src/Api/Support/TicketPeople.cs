using KtPortal.Api.Identity.GraphQL;
using KtPortal.GraphQL.Execution;
using KtPortal.GraphQL.Fetching;
using Npgsql;

namespace KtPortal.Api.Support;

/// <summary>
/// The people on tickets (requesters, assignees, authors, actors), loaded in one batch per level. They are read on
/// the owner's connection: a client's session sees only co-members under row-level security, not the agent who
/// answered them, yet every id asked for here comes from a ticket row the caller's tenant session has already
/// returned, so it names someone on a ticket the caller may see.
/// </summary>
internal static class TicketPeople
{
    /// <summary>The user with <paramref name="id"/>.</summary>
    public static Task<UserNode?> LoadAsync(IResolverContext context, Guid id, CancellationToken cancellationToken)
    {
        var dataSource = context.Service<NpgsqlDataSource>();
        return context.BatchDataLoader<Guid, UserNode?>((keys, ct) => FetchAsync(dataSource, keys, ct), name: "KtPortal.Support.TicketPeople")
            .LoadAsync(id, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<Guid, UserNode?>> FetchAsync(NpgsqlDataSource dataSource, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, email, display_name FROM users WHERE id = ANY ($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var people = new Dictionary<Guid, UserNode?>();
        while (await reader.ReadAsync(cancellationToken))
        {
            people[reader.GetGuid(0)] = new UserNode(reader.GetGuid(0), reader.GetString(1), reader.GetString(2));
        }

        return people;
    }
}
