using System.Text.RegularExpressions;
using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// The database's layer of tenant isolation: runs work in a transaction that has switched to the application
/// role (<c>SET LOCAL ROLE ktportal_app</c>) and carries the viewer in <c>app.org_ids</c>, <c>app.user_id</c>
/// and <c>app.is_staff</c> (<c>set_config(..., true)</c>, so nothing outlives the transaction, whatever the pool
/// does with the connection). Row-level security (migration 0004) then hides every row of another tenant,
/// whether or not the query filters by tenant itself. Each call has its own connection, so concurrent
/// resolvers never share a context.
/// </summary>
public sealed partial class TenantDatabase(NpgsqlDataSource dataSource, IOptions<TenancyOptions> options)
{
    private static readonly DbContextOptions<PortalDbContext> ContextOptions =
        new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql().Options;

    private readonly string _role = ValidRole(options.Value.DatabaseRole);

    /// <summary>Runs <paramref name="work"/> with a context that sees only what <paramref name="viewer"/> may see, and commits.</summary>
    public async Task<T> RunAsync<T>(Viewer viewer, Func<PortalDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnterAsync(connection, viewer, cancellationToken);
        await using var db = new PortalDbContext(ContextOptions);
        db.Database.SetDbConnection(connection);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var result = await work(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Makes the open transaction on <paramref name="connection"/> a tenant transaction for <paramref name="viewer"/>
    /// (for code that uses Npgsql directly).
    /// </summary>
    public async Task EnterAsync(NpgsqlConnection connection, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(viewer);
        await using var batch = new NpgsqlBatch(connection);
        if (_role.Length > 0)
        {
            // The role is an identifier, not a value: checked against a strict pattern at start-up and quoted.
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SET LOCAL ROLE \"{_role}\""));
        }

        var settings = new NpgsqlBatchCommand(
            "SELECT set_config('app.org_ids', $1, true), set_config('app.user_id', $2, true), set_config('app.is_staff', $3, true)");
        settings.Parameters.Add(new NpgsqlParameter { Value = "{" + string.Join(',', viewer.OrganizationIds.Select(id => id.ToString("D"))) + "}" });
        settings.Parameters.Add(new NpgsqlParameter { Value = viewer.UserId?.ToString("D") ?? string.Empty });
        settings.Parameters.Add(new NpgsqlParameter { Value = viewer.IsStaff ? "on" : "off" });
        batch.BatchCommands.Add(settings);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ValidRole(string? role)
    {
        role ??= string.Empty;
        return role.Length == 0 || RolePattern().IsMatch(role)
            ? role
            : throw new InvalidOperationException($"{TenancyOptions.SectionName}:DatabaseRole must be a plain role name such as {TenancyOptions.DefaultDatabaseRole}.");
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RolePattern();
}
