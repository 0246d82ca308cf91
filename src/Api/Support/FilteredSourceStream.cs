using System.Runtime.CompilerServices;
using KtPortal.GraphQL.Subscriptions;

namespace KtPortal.Api.Support;

/// <summary>A topic subscription that passes on only the messages a subscriber may see.</summary>
/// <typeparam name="T">The message type.</typeparam>
internal sealed class FilteredSourceStream<T>(ISourceStream<T> inner, Func<T, CancellationToken, ValueTask<bool>> keep) : ISourceStream<T>
{
    public async IAsyncEnumerable<T> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in inner.ReadEventsAsync(cancellationToken))
        {
            if (await keep(message, cancellationToken))
            {
                yield return message;
            }
        }
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
