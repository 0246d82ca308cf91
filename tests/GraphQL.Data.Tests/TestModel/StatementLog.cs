using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KtPortal.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A logger provider for the test contexts that records the data layer's "not written as SQL" messages: the
/// queries that ran through EF Core instead of a statement the data layer wrote.
/// </summary>
public sealed class StatementLog : ILoggerProvider
{
    /// <summary>The event the data layer logs for such a query.</summary>
    public const string NotWrittenEvent = "KtPortal.GraphQL.Data.StatementNotWritten";

    private readonly ConcurrentQueue<string> _notWritten = new();

    /// <summary>The queries not written as SQL since the last <see cref="Reset"/>, as logged.</summary>
    public IReadOnlyList<string> NotWritten => [.. _notWritten];

    /// <summary>Forgets what was recorded.</summary>
    public void Reset() => _notWritten.Clear();

    /// <summary>A logger factory writing to this provider.</summary>
    public ILoggerFactory Factory() => new LoggerFactory([this], new LoggerFilterOptions { MinLevel = LogLevel.Debug });

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(StatementLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == NotWrittenEvent)
            {
                log._notWritten.Enqueue(formatter(state, exception));
            }
        }
    }
}
