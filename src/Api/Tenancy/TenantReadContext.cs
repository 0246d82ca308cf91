using KtPortal.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// The request's read-only <see cref="PortalDbContext"/> for one viewer, for GraphQL data fields that return an
/// <see cref="IQueryable{T}"/> and run it after the resolver has returned (paging, filtering, projection). Every
/// opening of its connection is a tenant transaction (see <see cref="TenantTransactionInterceptor"/>): one per
/// query, or one per execution once the data layer holds the connection. So row-level security applies as it does
/// in <see cref="TenantDatabase.RunAsync{T}"/>; callers still apply
/// <see cref="TenantScope"/>. Scoped: one context per request (or WebSocket), made on first use.
/// </summary>
public sealed class TenantReadContext(NpgsqlDataSource dataSource, TenantDatabase database) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private (Viewer Viewer, PortalDbContext Context)? _current;
    private readonly List<PortalDbContext> _contexts = [];

    /// <summary>The context that reads as <paramref name="viewer"/>.</summary>
    public PortalDbContext For(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        lock (_lock)
        {
            if (_current is { } current && SameTenancy(current.Viewer, viewer))
            {
                return current.Context;
            }

            var context = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
                .UseNpgsql(dataSource)
                .AddInterceptors(TenantTransactionInterceptor.Instance)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .Options);
            TenantTransactionInterceptor.Bind(context, database, viewer);
            _contexts.Add(context);
            _current = (viewer, context);
            return context;
        }
    }

    // A socket resolves its viewer again for each subscription event: the same caller gets the same context.
    private static bool SameTenancy(Viewer a, Viewer b)
        => a.UserId == b.UserId && a.ClientId == b.ClientId && a.IsStaff == b.IsStaff && a.CurrentOrganizationId == b.CurrentOrganizationId
            && a.OrganizationIds.SetEquals(b.OrganizationIds);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
