using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// Makes every connection a <see cref="TenantReadContext"/>'s DbContext opens a tenant transaction: when the
/// connection opens, a transaction begins and <see cref="TenantDatabase.EnterAsync"/> switches it to the viewer
/// (<c>SET LOCAL ROLE</c>, <c>app.*</c> settings); when it closes, the transaction rolls back. EF Core opens and
/// closes it around each query, unless the GraphQL data layer holds it until the execution ends (a request, or one
/// subscription event; docs/graphql-data.md, "One connection per execution"), so that an execution's queries share
/// one transaction. Either way the settings never outlive one execution and no connection is held between
/// executions, which matters for a WebSocket whose services live as long as the socket. Such a context is for
/// reading: <c>SaveChanges</c> throws (writes go through <see cref="TenantDatabase.RunAsync{T}"/>, which commits).
/// </summary>
internal sealed class TenantTransactionInterceptor : DbConnectionInterceptor, ISaveChangesInterceptor
{
    /// <summary>The one instance: the contexts' options are built once, the viewer is looked up per context.</summary>
    public static TenantTransactionInterceptor Instance { get; } = new();

    private static readonly ConditionalWeakTable<DbContext, Session> Sessions = new();

    private TenantTransactionInterceptor()
    {
    }

    /// <summary>Binds <paramref name="context"/> to <paramref name="viewer"/>.</summary>
    public static void Bind(DbContext context, TenantDatabase database, Viewer viewer) => Sessions.AddOrUpdate(context, new Session(database, viewer));

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var session = SessionOf(eventData.Context);
        var npgsql = (NpgsqlConnection)connection;
        session.Transaction = await npgsql.BeginTransactionAsync(cancellationToken);
        await session.Database.EnterAsync(npgsql, session.Viewer, cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        => throw new InvalidOperationException("A tenant context reads asynchronously only.");

    public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        var session = SessionOf(eventData.Context);
        if (session.Transaction is { } transaction)
        {
            session.Transaction = null;
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        var session = SessionOf(eventData.Context);
        if (session.Transaction is { } transaction)
        {
            session.Transaction = null;
            transaction.Rollback();
            transaction.Dispose();
        }

        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        => throw ReadOnly();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        => throw ReadOnly();

    private static InvalidOperationException ReadOnly() => new("A tenant read context does not write; use TenantDatabase.RunAsync.");

    private static Session SessionOf(DbContext? context)
        => context is not null && Sessions.TryGetValue(context, out var session)
            ? session
            : throw new InvalidOperationException("The context was not made by TenantReadContext.");

    private sealed class Session(TenantDatabase database, Viewer viewer)
    {
        public TenantDatabase Database { get; } = database;

        public Viewer Viewer { get; } = viewer;

        public NpgsqlTransaction? Transaction { get; set; }
    }
}
