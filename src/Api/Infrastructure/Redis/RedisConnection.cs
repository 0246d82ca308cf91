using System.Diagnostics;
using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace KtPortal.Api.Infrastructure.Redis;

/// <summary>
/// <see cref="IRedisConnection"/> on StackExchange.Redis: one multiplexed connection per process, which
/// reconnects with exponential backoff after an outage and subscribes its channels again.
/// </summary>
public sealed partial class RedisConnection : IRedisConnection
{
    // INCRBY and the expiry in one script, so a counter can never be left without a lifetime. A counter stops at
    // zero: points given back after their window ended must not open the next window below zero.
    private const string IncrementScript = """
        local value = redis.call('INCRBY', KEYS[1], ARGV[1])
        if value < 0 then
          redis.call('SET', KEYS[1], 0, 'KEEPTTL')
          value = 0
        end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          ttl = tonumber(ARGV[2])
        end
        return {value, ttl}
        """;

    // The multiplexer's connect completes with its interactive connection; the subscription connection is made beside
    // it and may still be in its handshake. Commands fail fast instead of waiting in a backlog, so a SUBSCRIBE sent at
    // once (a server's first subscriber) would fail: a connection is handed out only when both are up, within the
    // configured connect timeout.
    private static readonly TimeSpan SubscriberPoll = TimeSpan.FromMilliseconds(5);

    private readonly ConnectionMultiplexer _multiplexer;
    private readonly ILogger _logger;

    private RedisConnection(ConnectionMultiplexer multiplexer, string endpoint, ILogger logger)
    {
        _multiplexer = multiplexer;
        _logger = logger;
        Endpoint = endpoint;
        _multiplexer.ConnectionFailed += OnConnectionFailed;
        _multiplexer.ConnectionRestored += OnConnectionRestored;
    }

    /// <inheritdoc/>
    public string Endpoint { get; }

    /// <inheritdoc/>
    public bool IsConnected => _multiplexer.IsConnected;

    /// <summary>
    /// Connects to the server in <paramref name="configuration"/> (StackExchange.Redis syntax:
    /// <c>host:port[,password=...][,ssl=true]</c>). Fails when the first connection cannot be made; later
    /// outages are survived by reconnecting.
    /// </summary>
    /// <exception cref="RedisUnavailableException">The setting is malformed or the server cannot be reached.</exception>
    public static async Task<RedisConnection> ConnectAsync(string configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        var (options, endpoint) = ParseOptions(configuration);
        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            throw Unreachable(endpoint, exception);
        }

        return await ReadyAsync(multiplexer, options, endpoint, logger).ConfigureAwait(false);
    }

    /// <summary>Connects synchronously, for service factories; see <see cref="ConnectAsync"/>.</summary>
    /// <exception cref="RedisUnavailableException">The setting is malformed or the server cannot be reached.</exception>
    public static RedisConnection Connect(string configuration, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        var (options, endpoint) = ParseOptions(configuration);
        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException exception)
        {
            throw Unreachable(endpoint, exception);
        }

        // A service factory is synchronous; the wait is a few milliseconds of the subscription connection's handshake.
        return ReadyAsync(multiplexer, options, endpoint, logger).GetAwaiter().GetResult();
    }

    // Hands the multiplexer out once its subscription connection is up too (see SubscriberPoll), or releases it.
    private static async Task<RedisConnection> ReadyAsync(ConnectionMultiplexer multiplexer, ConfigurationOptions options, string endpoint, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        while (!multiplexer.GetSubscriber().IsConnected())
        {
            if (Stopwatch.GetElapsedTime(started).TotalMilliseconds > options.ConnectTimeout)
            {
                await multiplexer.DisposeAsync().ConfigureAwait(false);
                throw new RedisUnavailableException(
                    $"cannot reach Redis at {endpoint}: its subscription connection did not come up within the connect timeout.");
            }

            await Task.Delay(SubscriberPoll).ConfigureAwait(false);
        }

        return new RedisConnection(multiplexer, endpoint, logger);
    }

    /// <inheritdoc/>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException exception)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        try
        {
            await _multiplexer.GetSubscriber().PublishAsync(RedisChannel.Literal(channel), message)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException exception)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<IRedisSubscription> SubscribeAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        try
        {
            var queue = await _multiplexer.GetSubscriber().SubscribeAsync(RedisChannel.Literal(channel))
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            return new Subscription(channel, queue);
        }
        catch (RedisException exception)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc/>
    public async Task<RedisCounter> IncrementAsync(string key, long amount, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        try
        {
            var result = await _multiplexer.GetDatabase()
                .ScriptEvaluateAsync(IncrementScript, [key], [amount, (long)window.TotalMilliseconds])
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            var values = (RedisResult[])result!;
            return new RedisCounter((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
        }
        catch (RedisException exception)
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _multiplexer.ConnectionFailed -= OnConnectionFailed;
        _multiplexer.ConnectionRestored -= OnConnectionRestored;
        await _multiplexer.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
        await _multiplexer.DisposeAsync().ConfigureAwait(false);
    }

    private static (ConfigurationOptions Options, string Endpoint) ParseOptions(string configuration)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException exception)
        {
            throw new RedisUnavailableException(
                $"ConnectionStrings__Redis is not a Redis configuration ({exception.Message}); expected host:port, e.g. 127.0.0.1:6379.", exception);
        }

        if (options.EndPoints.Count == 0)
        {
            throw new RedisUnavailableException("ConnectionStrings__Redis names no server; expected host:port, e.g. 127.0.0.1:6379.");
        }

        options.ClientName ??= "ktportal";
        // Fail a start-up against an unreachable server, as the database does; outages after that are survived.
        options.AbortOnConnectFail = true;
        // A command issued while the connection is down fails at once instead of waiting in a backlog: a Redis
        // outage must not stall the requests that publish events (see docs/operations.md, delivery guarantees).
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Reconnect after half a second, backing off exponentially to ten seconds between attempts.
        options.ReconnectRetryPolicy = new ExponentialRetry(500, 10_000);
        return (options, string.Join(", ", options.EndPoints.Select(Format)));
    }

    private static string Format(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        System.Net.IPEndPoint ip => ip.ToString(),
        _ => endPoint.ToString() ?? "?",
    };

    private static string Describe(RedisConnectionException exception)
        => exception.FailureType switch
        {
            ConnectionFailureType.UnableToConnect or ConnectionFailureType.UnableToResolvePhysicalConnection => "connection refused or timed out",
            ConnectionFailureType.AuthenticationFailure => "the password was rejected",
            _ => exception.FailureType.ToString(),
        };

    private static RedisUnavailableException Unreachable(string endpoint, RedisConnectionException exception)
        => new($"cannot reach Redis at {endpoint}: {Describe(exception)}.", exception);

    private RedisUnavailableException Unavailable(RedisException exception)
        => new($"Redis at {Endpoint} did not accept the command: {exception.Message}", exception);

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
        => LogConnectionFailed(_logger, Endpoint, e.ConnectionType, e.FailureType);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
        => LogConnectionRestored(_logger, Endpoint, e.ConnectionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoint}: the {ConnectionType} connection failed ({FailureType}); reconnecting.")]
    private static partial void LogConnectionFailed(ILogger logger, string endpoint, ConnectionType connectionType, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoint}: the {ConnectionType} connection is restored.")]
    private static partial void LogConnectionRestored(ILogger logger, string endpoint, ConnectionType connectionType);

    private sealed class Subscription(string channel, ChannelMessageQueue queue) : IRedisSubscription
    {
        private int _disposed;

        public string Channel => channel;

        public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            while (true)
            {
                ChannelMessage message;
                try
                {
                    message = await queue.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (System.Threading.Channels.ChannelClosedException)
                {
                    // Unsubscribed: the queue is complete.
                    yield break;
                }

                yield return (ReadOnlyMemory<byte>)message.Message;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                await queue.UnsubscribeAsync().ConfigureAwait(false);
            }
            catch (RedisException)
            {
                // The connection is down: the channel is already out of the client's table, so it is not
                // subscribed again on reconnection, and the server dropped it with the old connection.
            }
        }
    }
}
