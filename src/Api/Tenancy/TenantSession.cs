using KtPortal.Domain.Persistence;

namespace KtPortal.Api.Tenancy;

/// <summary>
/// The tenant transaction of the field being resolved, opened by <see cref="UseTenantDatabaseAttribute"/>: a context
/// under row-level security for <see cref="Viewer"/>, alive until the field's data middleware (paging, say) has run its
/// statements. It flows with the field's asynchronous work only, so concurrent fields never share one.
/// </summary>
public sealed class TenantSession
{
    private static readonly AsyncLocal<TenantSession?> CurrentSession = new();

    private TenantSession(PortalDbContext db, Viewer viewer)
    {
        Db = db;
        Viewer = viewer;
    }

    /// <summary>The context; every query through it sees only what <see cref="Viewer"/> may see.</summary>
    public PortalDbContext Db { get; }

    /// <summary>Who is asking.</summary>
    public Viewer Viewer { get; }

    /// <summary>The session of the running field.</summary>
    /// <exception cref="InvalidOperationException">The field is not marked <c>[UseTenantDatabase]</c>.</exception>
    public static TenantSession Current => CurrentSession.Value
        ?? throw new InvalidOperationException("No tenant session: mark the field [UseTenantDatabase], before its data middleware.");

    /// <summary>Runs <paramref name="work"/> with this session current.</summary>
    internal static async ValueTask<T> RunAsync<T>(PortalDbContext db, Viewer viewer, Func<ValueTask<T>> work)
    {
        var previous = CurrentSession.Value;
        CurrentSession.Value = new TenantSession(db, viewer);
        try
        {
            return await work();
        }
        finally
        {
            CurrentSession.Value = previous;
        }
    }
}
