using System.Net.Sockets;
using KtPortal.Api.Hosting;
using KtPortal.Api.Infrastructure;
using KtPortal.Domain.Persistence.Migrations;
using Microsoft.AspNetCore.Connections;
using Npgsql;

namespace KtPortal.Api.Tests.Hosting;

public sealed class StartupFailureTests
{
    private const string ConnectionString = "Host=db.example.test;Port=5433;Database=portal;Username=app;Password=secret";

    [Fact]
    public void WrongPassword_NamesServerAndSettingButNotThePassword()
    {
        var exception = new PostgresException("password authentication failed for user \"app\"", "FATAL", "FATAL", PostgresErrorCodes.InvalidPassword);

        Assert.True(StartupFailure.TryDescribe(exception, ConnectionString, out var message, out var exitCode));

        Assert.Equal(StartupFailure.ConfigurationError, exitCode);
        Assert.Contains("db.example.test:5433", message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Portal", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionRefused_SaysSoAndNamesTheSetting()
    {
        var exception = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(StartupFailure.TryDescribe(exception, ConnectionString, out var message, out _));

        Assert.StartsWith("cannot reach PostgreSQL at db.example.test:5433", message, StringComparison.Ordinal);
        Assert.Contains("connection refused", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressInUse_NamesTheAddressAndPortalUrl()
    {
        var exception = new IOException(
            "Failed to bind to address http://127.0.0.1:5080: address already in use.",
            new AddressInUseException("Address already in use"));

        Assert.True(StartupFailure.TryDescribe(exception, ConnectionString, out var message, out var exitCode));

        Assert.Equal(StartupFailure.AddressInUse, exitCode);
        Assert.Contains("http://127.0.0.1:5080", message, StringComparison.Ordinal);
        Assert.Contains("PORTAL_URL", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingConnectionString_ExplainsBothWaysToFixIt()
    {
        Assert.True(StartupFailure.TryDescribe(new MissingConnectionStringException(), null, out var message, out _));

        Assert.Contains("ConnectionStrings__Portal", message, StringComparison.Ordinal);
        Assert.Contains("./portal run", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedMigration_IsReportedAsAMigrationProblem()
    {
        Assert.True(StartupFailure.TryDescribe(new MigrationException("Migration 0001_a has changed"), ConnectionString, out var message, out _));

        Assert.Equal("database migration: Migration 0001_a has changed", message);
    }

    [Fact]
    public void UnknownException_IsNotDescribed_SoItKeepsItsStackTrace()
    {
        Assert.False(StartupFailure.TryDescribe(new InvalidOperationException("bug"), ConnectionString, out _, out _));
    }
}
