using KtPortal.Api.Tenancy;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KtPortal.Api.Support;

/// <summary>
/// Shares the reads that a published event makes every subscriber do (the event's ticket for the ticket
/// subscriptions, the queue of one priority for <c>ticketQueueUpdated</c>): subscribers who see the same tickets get
/// the same answer, so one read per (event, visibility class) serves them all, for a short time.
/// </summary>
/// <remarks>
/// The class is what both isolation layers look at when they read <c>tickets</c>: <see cref="Viewer.IsStaff"/> and,
/// for everyone else, the set of <see cref="Viewer.OrganizationIds"/>. <see cref="TenantScope.OwnedRows"/> filters on
/// exactly those, and the row-level security policy <c>tickets_tenant</c> (migration 0009) on
/// <c>app_is_staff()</c> and <c>app_org_ids()</c>; the user id, client and scopes play no part. The shared read
/// runs as a viewer made of the class alone, through <see cref="TenantDatabase"/> and <see cref="TenantScope"/>
/// as every other read does, so it cannot depend on anything else by accident. Only the root ticket, or the queue's
/// list of tickets, is shared; the fields below them (messages, people, timeline) are resolved per subscriber as before.
/// </remarks>
internal sealed class TicketEventReads : IDisposable
{
    /// <summary>How long a read answers later subscribers of the same event.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>How many reads are kept at most (an entry costs one ticket row).</summary>
    public const int Capacity = 10_000;

    private readonly TenantDatabase _database;
    private readonly TenantScope _scope;
    private readonly MemoryCache _reads = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly Lock _gate = new();
    private long _databaseReads;

    /// <summary>Creates the shared reads over both isolation layers.</summary>
    public TicketEventReads(TenantDatabase database, TenantScope scope)
    {
        _database = database;
        _scope = scope;
    }

    /// <summary>How many tickets of a queue are listed at most (the rest are not shown).</summary>
    public const int QueueLimit = 100;

    private long _queueReads;

    /// <summary>How many reads went to the database (for tests: the point of the class is that this stays low).</summary>
    public long DatabaseReads => Interlocked.Read(ref _databaseReads);

    /// <summary>How many queue reads went to the database (for tests, as <see cref="DatabaseReads"/>).</summary>
    public long QueueReads => Interlocked.Read(ref _queueReads);

    /// <summary>
    /// The ticket of <paramref name="message"/> as <paramref name="viewer"/> may see it, or null: read once per event
    /// and visibility class. A message without an event id is read for this caller alone.
    /// </summary>
    public async Task<TicketNode?> FindAsync(TicketChangedMessage message, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(viewer);
        return await SharedAsync(message, viewer, "ticket", (classViewer, ct) => ReadAsync(classViewer, message.TicketId, ct), cancellationToken);
    }

    /// <summary>
    /// The tickets <paramref name="viewer"/> may see in the queue of <paramref name="message"/>'s priority (NEW and
    /// OPEN, first come first served, at most <see cref="QueueLimit"/>): read once per event, priority and visibility
    /// class. Empty when the viewer has nothing queued there.
    /// </summary>
    public async Task<IReadOnlyList<TicketNode>> QueueAsync(TicketChangedMessage message, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(viewer);
        var priority = message.Priority;
        return await SharedAsync(message, viewer, "queue:" + EnumText.ToText(priority), (classViewer, ct) => ReadQueueAsync(classViewer, priority, ct), cancellationToken);
    }

    private async Task<T> SharedAsync<T>(
        TicketChangedMessage message, Viewer viewer, string kind, Func<Viewer, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var reader = ClassOf(viewer);
        if (message.EventId == Guid.Empty)
        {
            return await read(reader.Viewer, cancellationToken);
        }

        var key = new Key(message.EventId, message.TicketId, kind, reader.Name);
        Task<T> shared;
        lock (_gate)
        {
            // Under the lock so that subscribers arriving together start one read, not one each; the read itself
            // runs outside it and is not tied to any one subscriber's cancellation.
            if (!_reads.TryGetValue(key, out shared!))
            {
                shared = read(reader.Viewer, CancellationToken.None);
                _reads.Set(key, shared, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
            }
        }

        try
        {
            return await shared.WaitAsync(cancellationToken);
        }
        catch (Exception) when (shared.IsFaulted || shared.IsCanceled)
        {
            // A failed read is not shared with later subscribers: they try again.
            _reads.Remove(key);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reads.Dispose();

    private async Task<TicketNode?> ReadAsync(Viewer viewer, Guid ticketId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _databaseReads);
        return await TicketReader.FindAsync(_database, _scope, viewer, ticketId, cancellationToken);
    }

    private async Task<IReadOnlyList<TicketNode>> ReadQueueAsync(Viewer viewer, TicketPriority priority, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queueReads);
        return await _database.RunAsync(viewer, (db, ct) =>
            TicketReader.Tickets(db, _scope, viewer)
                .Where(t => t.Priority == priority && (t.Status == TicketStatus.New || t.Status == TicketStatus.Open))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Take(QueueLimit)
                .ToListAsync(ct), cancellationToken);
    }

    /// <summary>The visibility class of <paramref name="viewer"/>: its name, and a viewer that has nothing else.</summary>
    internal static (string Name, Viewer Viewer) ClassOf(Viewer viewer)
    {
        if (viewer.IsStaff)
        {
            return ("staff", new Viewer { IsAuthenticated = true, IsStaff = true });
        }

        var organizations = viewer.OrganizationIds.Order().ToArray();
        return (string.Join(',', organizations), new Viewer { IsAuthenticated = true, OrganizationIds = new HashSet<Guid>(organizations) });
    }

    private readonly record struct Key(Guid EventId, Guid TicketId, string Kind, string Class);
}
