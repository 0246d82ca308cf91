using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Execution;

namespace KtPortal.GraphQL.AspNetCore.Tests.Http;

public sealed class HttpTestQuery
{
    public string Hello(string name = "world") => $"Hello, {name}!";

    public string? Broken() => throw new GraphQLException("The broken field always fails.", "BROKEN");

    public string Text(int length) => new('x', length);
}

public sealed class HttpTestMutation
{
    public int Increment(int by = 1) => by + 1;
}

public sealed class HttpTestSubscription
{
    [Subscribe]
    public IAsyncEnumerable<int> Ticks() => TicksAsync();

    private static async IAsyncEnumerable<int> TicksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return 1;
    }
}
