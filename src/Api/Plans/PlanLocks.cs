using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// Serializes the writes that change one client's plan usage (logging time, assigning or ending a plan) with a
/// transaction-scoped advisory lock per organization, so the usage each of them records, and the notices it sends,
/// follow from every write committed before it.
/// </summary>
internal static class PlanLocks
{
    /// <summary>Waits for, and holds until the transaction ends, the plan lock of <paramref name="organizationId"/>.</summary>
    public static async Task LockOrganizationAsync(NpgsqlConnection connection, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('plans:' || $1::text, 0))", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = organizationId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
