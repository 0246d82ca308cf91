using KtPortal.GraphQL.Fetching;

namespace KtPortal.GraphQL.Tests.Documentation;

// The DataLoader example of docs/graphql-execution.md, as the doc shows it.

public sealed record Comment(int Id, int AuthorId, string Text);

public sealed record Person(int Id, string Name);

public interface IPersonStore
{
    Task<IReadOnlyList<Person>> GetManyAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken);
}

/// <summary>People by id: every author asked for while a request runs, fetched in one call.</summary>
public sealed class PersonByIdLoader(IBatchScheduler batchScheduler, IPersonStore store)
    : BatchDataLoader<int, Person?>(batchScheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Person?>> LoadBatchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
        => ToDictionary(await store.GetManyAsync(keys, cancellationToken), person => person.Id);
}

[QueryType]
public sealed class CommentQueries
{
    public Comment[] Comments() => [new(1, 7, "First!"), new(2, 9, "Same here"), new(3, 7, "Fixed now")];
}

[ExtendObjectType(typeof(Comment))]
public sealed class CommentFields
{
    public Task<Person?> Author([Parent] Comment comment, PersonByIdLoader people, CancellationToken cancellationToken)
        => people.LoadAsync(comment.AuthorId, cancellationToken);
}
