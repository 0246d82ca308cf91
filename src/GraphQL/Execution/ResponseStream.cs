using System.Runtime.CompilerServices;

namespace KtPortal.GraphQL.Execution;

/// <summary>
/// The results of a subscription: one <see cref="OperationResult"/> per source event, each executed on its
/// own. Disposing the stream (or cancelling the enumeration) unsubscribes and releases every resource.
/// </summary>
// https://spec.graphql.org/October2021/#MapSourceToResponseEvent()
public sealed class ResponseStream : IExecutionResult
{
    private readonly IAsyncEnumerable<object?> _source;
    private readonly Func<object?, CancellationToken, ValueTask<OperationResult>> _executeEvent;
    // Never disposed: it has no timer, and a late reader still links to it after the stream is released.
    private readonly CancellationTokenSource _disposed = new();
    // The token the source stream was created under; released with the stream.
    private readonly IDisposable? _lifetime;
    private IAsyncEnumerator<object?>? _enumerator;
    private int _started;
    private int _reading;
    private int _released;

    internal ResponseStream(IAsyncEnumerable<object?> source, Func<object?, CancellationToken, ValueTask<OperationResult>> executeEvent, IDisposable? lifetime = null)
    {
        _source = source;
        _executeEvent = executeEvent;
        _lifetime = lifetime;
    }

    /// <summary>Reads the results until the source stream ends or <paramref name="cancellationToken"/> fires.</summary>
    /// <exception cref="InvalidOperationException">The results are read a second time.</exception>
    public IAsyncEnumerable<OperationResult> ReadResultsAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The results of a subscription can be read only once.");
        }

        return ReadAsync(cancellationToken);
    }

    private async IAsyncEnumerable<OperationResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        Volatile.Write(ref _reading, 1);
        try
        {
            if (_disposed.IsCancellationRequested)
            {
                yield break;
            }

            _enumerator = _source.GetAsyncEnumerator(linked.Token);
            while (await _enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                yield return await _executeEvent(_enumerator.Current, linked.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _reading, 0);
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_disposed.IsCancellationRequested)
        {
            await _disposed.CancelAsync().ConfigureAwait(false);
        }

        // A reader in progress releases the source itself once its pending read returns.
        if (Volatile.Read(ref _reading) == 0)
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask ReleaseAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1)
        {
            return;
        }

        try
        {
            if (_enumerator is { } enumerator)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
            else if (_source is IAsyncDisposable source)
            {
                // Never read: the subscription made by the subscribe resolver still has to be released.
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _lifetime?.Dispose();
        }
    }
}
