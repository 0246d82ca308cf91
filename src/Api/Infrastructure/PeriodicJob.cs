namespace KtPortal.Api.Infrastructure;

/// <summary>
/// Work the API does on a timer while it runs (housekeeping, SLA scans, billing periods): once at start-up, then
/// every <see cref="Interval"/>. A failed run is logged and retried at the next tick; stopping ends the loop quietly.
/// </summary>
/// <remarks>
/// A lifecycle hosted service rather than a <see cref="BackgroundService"/>, and it starts its loop only once the host
/// has started (<see cref="IHostedLifecycleService.StartedAsync"/>, after the server bound its address). When
/// start-up fails (an address already in use), a job must neither be running against a container the host is
/// disposing (its errors would be logged with their stack traces) nor end cancelled (.NET runs a background
/// service's <c>ExecuteAsync</c> through <c>Task.Run</c> with its stopping token, and the host logs a task cancelled
/// before it ran as a critical failure): either buries the one clear line the real failure deserves.
/// </remarks>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : IHostedLifecycleService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private int _completedRuns;
    private int _disposed;

    /// <summary>The clock the job runs by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The time between two runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the job runs at all (a setting may turn it off).</summary>
    protected virtual bool Enabled => true;

    /// <summary>How many runs have ended, successfully or not.</summary>
    public int CompletedRuns => Volatile.Read(ref _completedRuns);

    /// <summary>One run of the job.</summary>
    protected abstract Task RunScheduledAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (Enabled && Volatile.Read(ref _disposed) == 0)
        {
            // Off the starting thread, once the whole host runs (migrations done, the address bound).
            _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }

        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // A job registered as itself and as a hosted service may be disposed by both registrations.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunScheduledAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping mid-run (the database call saw the cancellation in whatever form): nothing to report.
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "{Job} failed; it runs again in {Interval}.", GetType().Name, Interval);
            }
            finally
            {
                Interlocked.Increment(ref _completedRuns);
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
