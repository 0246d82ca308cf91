namespace KtPortal.Api.Infrastructure;

/// <summary>
/// Work the API does on a timer while it runs (housekeeping, SLA scans, billing periods): once at start-up, then
/// every <see cref="Interval"/>. A failed run is logged and retried at the next tick; stopping ends the loop quietly.
/// </summary>
/// <remarks>
/// A plain hosted service rather than a <see cref="BackgroundService"/>: .NET runs a background service's
/// <c>ExecuteAsync</c> through <c>Task.Run</c> with its stopping token, so when start-up fails (an address already
/// in use) the token can fire before the task starts, the task ends cancelled, and the host logs that as a
/// critical failure with a stack trace, burying the one clear line the real failure deserves.
/// </remarks>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : IHostedService, IAsyncDisposable
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
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Enabled)
        {
            // Off the starting thread: start-up finishes (and migrations run) before the job touches the database.
            _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

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
