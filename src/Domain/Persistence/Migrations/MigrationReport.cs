namespace KtPortal.Domain.Persistence.Migrations;

/// <summary>What a migration run did.</summary>
/// <param name="Applied">The migrations applied by this run, in order.</param>
/// <param name="AlreadyApplied">How many were already in the database.</param>
public sealed record MigrationReport(IReadOnlyList<Migration> Applied, int AlreadyApplied);
