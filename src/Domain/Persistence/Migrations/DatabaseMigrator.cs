using Npgsql;

namespace KtPortal.Domain.Persistence.Migrations;

/// <summary>
/// Applies versioned SQL migrations in order. Each migration runs in its own transaction and is recorded in
/// <c>schema_migrations</c> with its checksum. A session-level advisory lock makes concurrent start-ups
/// safe: the second process waits, then finds nothing left to do.
/// </summary>
public sealed class DatabaseMigrator
{
    // An arbitrary constant that names "the KtPortal migration lock" for pg_advisory_lock.
    private const long AdvisoryLockKey = 0x4B54_506F_7274_616C;

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     integer     PRIMARY KEY,
            name        text        NOT NULL,
            checksum    text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<Migration> _migrations;

    /// <summary>Creates a migrator for the given migrations, ordered by version.</summary>
    public DatabaseMigrator(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations)
    {
        _dataSource = dataSource;
        _migrations = [.. migrations.OrderBy(m => m.Version)];
    }

    /// <summary>Creates a migrator for the migrations embedded in this assembly.</summary>
    public DatabaseMigrator(NpgsqlDataSource dataSource)
        : this(dataSource, EmbeddedMigrations.Load())
    {
    }

    /// <summary>Brings the database up to date.</summary>
    /// <exception cref="MigrationException">
    /// An applied migration's file has changed, the database has migrations this build does not know, or a
    /// migration failed (in which case it was rolled back).
    /// </exception>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, CreateHistoryTable, cancellationToken);
            var applied = await ReadHistoryAsync(connection, cancellationToken);
            Verify(applied);

            var newlyApplied = new List<Migration>();
            foreach (var migration in _migrations)
            {
                if (applied.ContainsKey(migration.Version))
                {
                    continue;
                }

                await ApplyAsync(connection, migration, cancellationToken);
                newlyApplied.Add(migration);
            }

            return new MigrationReport(newlyApplied, applied.Count);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private void Verify(Dictionary<int, (string Name, string Checksum)> applied)
    {
        var known = _migrations.ToDictionary(m => m.Version);
        foreach (var (version, record) in applied.OrderBy(pair => pair.Key))
        {
            if (!known.TryGetValue(version, out var migration))
            {
                throw new MigrationException(
                    $"The database has migration {record.Name} applied, which this build does not contain. " +
                    "It was migrated by a newer build; run that build or restore a matching database.");
            }

            if (!string.Equals(migration.Checksum, record.Checksum, StringComparison.Ordinal))
            {
                throw new MigrationException(
                    $"Migration {migration.Name} has changed since it was applied " +
                    $"(checksum {record.Checksum[..12]} in the database, {migration.Checksum[..12]} in the file). " +
                    "Applied migrations must not be edited: restore the file and add a new migration instead.");
            }
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var command = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
                record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new MigrationException(
                $"Migration {migration.Name} failed and was rolled back: {exception.MessageText} (SQLSTATE {exception.SqlState}).",
                exception);
        }
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadHistoryAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var history = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return history;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
