using System.Data.Common;
using KtPortal.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace KtPortal.Benchmarks.Data;

/// <summary>Keeps a copy of every reader command EF Core sends through contexts made with <see cref="Options"/>, with its parameters.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    /// <summary>The commands recorded so far, in order.</summary>
    public List<DbCommand> Commands { get; } = [];

    /// <summary>Context options on <paramref name="connectionString"/> that record through this recorder.</summary>
    public DbContextOptions<DeskContext> Options(string connectionString)
        => new DbContextOptionsBuilder<DeskContext>().UseNpgsql(connectionString).AddInterceptors(this).Options;

    /// <summary>Hands out the commands recorded so far and starts a new recording.</summary>
    public List<DbCommand> Take()
    {
        lock (Commands)
        {
            List<DbCommand> taken = [.. Commands];
            Commands.Clear();
            return taken;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var copy = new NpgsqlCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            copy.Parameters.Add(parameter.Clone());
        }

        lock (Commands)
        {
            Commands.Add(copy);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
