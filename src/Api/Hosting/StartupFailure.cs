using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using KtPortal.Api.Infrastructure;
using KtPortal.Api.Infrastructure.Redis;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.AspNetCore.Connections;
using Npgsql;

namespace KtPortal.Api.Hosting;

/// <summary>
/// Turns the failures a newcomer meets at start-up into one line that names the setting or the resource
/// at fault. Anything not recognised here is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    /// <summary>Exit code for a configuration or database problem.</summary>
    public const int ConfigurationError = 2;

    /// <summary>Exit code for an address already in use.</summary>
    public const int AddressInUse = 3;

    /// <summary>Describes a known start-up failure.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <param name="connectionString">The configured database connection string, to name the server in messages.</param>
    /// <param name="message">One line for the user.</param>
    /// <param name="exitCode">The process exit code to use.</param>
    public static bool TryDescribe(Exception exception, string? connectionString, [NotNullWhen(true)] out string? message, out int exitCode)
    {
        var target = DescribeTarget(connectionString);
        exitCode = ConfigurationError;
        message = exception switch
        {
            MissingConnectionStringException missing => missing.Message,
            MigrationException migration => $"database migration: {migration.Message}",
            Microsoft.Extensions.Options.OptionsValidationException options => $"configuration: {string.Join(" ", options.Failures)}",
            RedisUnavailableException redis => DescribeRedis(redis),
            PostgresException postgres => DescribePostgres(postgres, target),
            NpgsqlException npgsql => DescribeConnection(npgsql, target),
            _ => null,
        };

        if (message is null && IsAddressInUse(exception, out var bindMessage))
        {
            exitCode = AddressInUse;
            message = bindMessage;
        }

        return message is not null;
    }

    private static string DescribeRedis(RedisUnavailableException exception)
        => exception.Message.Contains("ConnectionStrings__Redis", StringComparison.Ordinal)
            ? exception.Message
            : $"{exception.Message} Check ConnectionStrings__Redis, or leave it unset to run a single node with the in-memory event bus.";

    private static string DescribePostgres(PostgresException exception, string target)
    {
        return exception.SqlState switch
        {
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                $"PostgreSQL at {target} rejected the credentials ({exception.MessageText}). Check the user name and password in ConnectionStrings__Portal.",
            PostgresErrorCodes.InvalidCatalogName =>
                $"PostgreSQL at {target}: {exception.MessageText}. Create the database or fix Database= in ConnectionStrings__Portal.",
            _ => $"PostgreSQL at {target} failed: {exception.MessageText} (SQLSTATE {exception.SqlState}).",
        };
    }

    private static string DescribeConnection(NpgsqlException exception, string target)
    {
        var reason = exception.InnerException switch
        {
            SocketException socket => socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host not found",
                SocketError.TimedOut => "timed out",
                _ => socket.Message,
            },
            TimeoutException => "timed out",
            _ => exception.Message,
        };
        return $"cannot reach PostgreSQL at {target}: {reason}. Check ConnectionStrings__Portal, or leave it unset so ./portal run starts an embedded PostgreSQL.";
    }

    private static string DescribeTarget(string? connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"{builder.Host ?? "localhost"}:{builder.Port} (database {builder.Database ?? builder.Username}, user {builder.Username})";
        }
        catch (ArgumentException)
        {
            return "the server in ConnectionStrings__Portal";
        }
    }

    private static bool IsAddressInUse(Exception exception, [NotNullWhen(true)] out string? message)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AddressInUseException || current is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                message = $"cannot listen: {exception.Message.TrimEnd('.')}. Stop the other process, or set PORTAL_URL to another address.";
                return true;
            }
        }

        message = null;
        return false;
    }
}
