using System.Globalization;
using Npgsql;

namespace KtPortal.Api.Notifications;

/// <summary>
/// Hears every notification shown in the app as its insert commits (PostgreSQL's <c>LISTEN notification_created</c>,
/// raised by a trigger, migration 0016) and hands it to this node's <see cref="NotificationBus"/>, which pushes it to
/// the recipient's <c>notificationReceived</c> subscriptions. Each API node listens on one connection of its own.
/// </summary>
/// <remarks>
/// Delivery is at most once and only while listening: after a lost connection the listener connects again (waiting 1 s,
/// doubling to 30 s), and notifications committed in between are not pushed. They stay in <c>viewer.notifications</c>,
/// which a client reads again when its subscription (re)starts.
/// </remarks>
public sealed class NotificationListener(NpgsqlDataSource dataSource, NotificationBus bus, ILogger<NotificationListener> logger) : BackgroundService
{
    /// <summary>The PostgreSQL channel.</summary>
    public const string Channel = "notification_created";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(30);

    private TaskCompletionSource _listening = NewSignal();

    /// <summary>Completes once the listener listens (again, after a lost connection); for tests and health.</summary>
    public Task Listening => Volatile.Read(ref _listening).Task;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Lost, refused, or anything else: listen again soon rather than stop the node, and say so each time.
                // A connection that was listening starts the wait again from the first delay.
                if (Listening.IsCompleted)
                {
                    Volatile.Write(ref _listening, NewSignal());
                    retry = FirstRetry;
                }

                logger.LogWarning(exception, "Notification listener: the connection is lost; listening again in {Delay}.", retry);
                try
                {
                    await Task.Delay(retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = retry * 2 > MaxRetry ? MaxRetry : retry * 2;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) => Announce(e.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        Volatile.Read(ref _listening).TrySetResult();
        logger.LogInformation("Notification listener: listening on {Channel}.", Channel);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    // '<user id>:<notification id>', as the trigger writes it. Anything else is logged and dropped.
    private void Announce(string payload)
    {
        var separator = payload.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0
            || !Guid.TryParse(payload.AsSpan(0, separator), CultureInfo.InvariantCulture, out var userId)
            || !Guid.TryParse(payload.AsSpan(separator + 1), CultureInfo.InvariantCulture, out var notificationId))
        {
            logger.LogWarning("Notification listener: ignored a payload that is not '<user id>:<notification id>': {Payload}", payload);
            return;
        }

        // In-process and never blocking: a slow subscriber drops its own oldest events, not the listener's.
        _ = bus.PublishAsync(userId, notificationId);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
