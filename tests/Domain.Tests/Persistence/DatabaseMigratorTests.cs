using KtPortal.Domain.Persistence.Migrations;

namespace KtPortal.Domain.Tests.Persistence;

public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    // Each test gets its own database: migrations change global state.
    private readonly PostgresDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Migration CreateTable(int version, string table) =>
        new(version, $"{version:0000}_{table}", $"CREATE TABLE {table} (id integer PRIMARY KEY);");

    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryEmbeddedMigrationInOrderWithChecksums()
    {
        var embedded = EmbeddedMigrations.Load();

        var report = await new DatabaseMigrator(_database.DataSource).MigrateAsync();

        Assert.Equal(embedded.Select(m => m.Name), report.Applied.Select(m => m.Name));
        Assert.Equal(0, report.AlreadyApplied);
        await using var command = _database.DataSource.CreateCommand("SELECT version, checksum FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        foreach (var migration in embedded)
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal(migration.Version, reader.GetInt32(0));
            Assert.Equal(migration.Checksum, reader.GetString(1));
        }

        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task MigrateAsync_SecondRun_AppliesNothing()
    {
        await new DatabaseMigrator(_database.DataSource).MigrateAsync();

        var second = await new DatabaseMigrator(_database.DataSource).MigrateAsync();

        Assert.Empty(second.Applied);
        Assert.Equal(EmbeddedMigrations.Load().Count, second.AlreadyApplied);
    }

    [Fact]
    public async Task MigrateAsync_NewMigrationAdded_AppliesOnlyTheNewOne()
    {
        await new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a")]).MigrateAsync();

        var report = await new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a"), CreateTable(2, "b")]).MigrateAsync();

        Assert.Equal(["0002_b"], report.Applied.Select(m => m.Name));
        Assert.Equal(1, await _database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'b'"));
    }

    [Fact]
    public async Task MigrateAsync_AppliedFileChanged_RefusesAndNamesTheMigration()
    {
        await new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a")]).MigrateAsync();
        var edited = new Migration(1, "0001_a", "CREATE TABLE a (id bigint PRIMARY KEY);");

        var exception = await Assert.ThrowsAsync<MigrationException>(
            () => new DatabaseMigrator(_database.DataSource, [edited, CreateTable(2, "b")]).MigrateAsync());

        Assert.Contains("Migration 0001_a has changed since it was applied", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'b'"));
    }

    [Fact]
    public async Task MigrateAsync_LineEndingsOnly_DoNotCountAsAChange()
    {
        await new DatabaseMigrator(_database.DataSource, [new Migration(1, "0001_a", "CREATE TABLE a (id int);\nSELECT 1;")]).MigrateAsync();

        var report = await new DatabaseMigrator(_database.DataSource, [new Migration(1, "0001_a", "CREATE TABLE a (id int);\r\nSELECT 1;")]).MigrateAsync();

        Assert.Empty(report.Applied);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseHasUnknownMigration_Refuses()
    {
        await new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a"), CreateTable(2, "b")]).MigrateAsync();

        var exception = await Assert.ThrowsAsync<MigrationException>(
            () => new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a")]).MigrateAsync());

        Assert.Contains("0002_b", exception.Message, StringComparison.Ordinal);
        Assert.Contains("does not contain", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_FailingMigration_IsRolledBackAndNotRecorded()
    {
        var failing = new Migration(2, "0002_broken", "CREATE TABLE half_done (id int); SELECT 1 / 0;");

        var exception = await Assert.ThrowsAsync<MigrationException>(
            () => new DatabaseMigrator(_database.DataSource, [CreateTable(1, "a"), failing]).MigrateAsync());

        Assert.Contains("0002_broken failed and was rolled back", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'"));
        Assert.Equal(1, await _database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task MigrateAsync_ManyProcessesAtOnce_ApplyEachMigrationExactlyOnce()
    {
        const int Starters = 8;
        var migrations = Enumerable.Range(1, 5).Select(i => CreateTable(i, $"t{i}")).ToArray();
        var sources = Enumerable.Range(0, Starters).Select(_ => _database.CreateDataSource()).ToArray();
        try
        {
            using var start = new Barrier(Starters);
            var reports = await Task.WhenAll(sources.Select(source => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await new DatabaseMigrator(source, migrations).MigrateAsync();
            })));

            Assert.Equal(migrations.Length, reports.Sum(r => r.Applied.Count));
            Assert.Equal(migrations.Length, await _database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations"));
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public void EmbeddedMigrations_Load_AreOrderedAndUniquelyVersioned()
    {
        var migrations = EmbeddedMigrations.Load();

        Assert.NotEmpty(migrations);
        Assert.Equal(migrations.Select(m => m.Version).Order(), migrations.Select(m => m.Version));
        Assert.Equal(migrations.Count, migrations.Select(m => m.Version).Distinct().Count());
        Assert.All(migrations, m => Assert.Matches("^[0-9]{4}_[a-z0-9_]+$", m.Name));
    }
}
