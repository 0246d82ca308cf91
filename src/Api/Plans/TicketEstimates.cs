using System.Globalization;
using KtPortal.Api.Support;
using KtPortal.Api.Tenancy;
using KtPortal.Domain.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KtPortal.Api.Plans;

/// <summary>
/// Estimates: staff set one by hand; otherwise the suggestion is the median billable minutes of at least
/// <see cref="MinimumSample"/> closed tickets of the same type and category, falling back to the same type alone. The
/// median of an even count is the mean of the middle two, rounded half away from zero, so the same history always
/// gives the same answer.
/// </summary>
public sealed class TicketEstimates(TenantDatabase database, PlanScope scope, TimeProvider clock)
{
    /// <summary>How many closed tickets a suggestion needs.</summary>
    public const int MinimumSample = 5;

    /// <summary>The largest estimate staff may set: a year of working hours.</summary>
    public const int MaxEstimatedMinutes = 2_000 * 60;

    // For each asked-for ticket: every other closed ticket's billable minutes (tickets with none are no evidence of
    // effort), then the median and count among those sharing its type and category, and among those sharing its type.
    private const string SuggestionSql = """
        WITH closed AS (
            SELECT t.id, t.type, t.category, sum(e.minutes) AS minutes
            FROM tickets t
            JOIN time_entries e ON e.ticket_id = t.id AND e.billable
            WHERE t.status = 'CLOSED'
            GROUP BY t.id, t.type, t.category
        )
        SELECT target.id,
               count(c.id) FILTER (WHERE c.category = target.category)::integer,
               round((percentile_cont(0.5) WITHIN GROUP (ORDER BY c.minutes) FILTER (WHERE c.category = target.category))::numeric)::integer,
               count(c.id)::integer,
               round((percentile_cont(0.5) WITHIN GROUP (ORDER BY c.minutes))::numeric)::integer
        FROM tickets target
        LEFT JOIN closed c ON c.type = target.type AND c.id <> target.id
        WHERE target.id = ANY ($1)
        GROUP BY target.id
        """;

    /// <summary>The estimate of a ticket <paramref name="viewer"/> may see, or <see langword="null"/> when there is no such ticket.</summary>
    public async Task<TicketEstimate?> EstimateAsync(Viewer viewer, Guid ticketId, CancellationToken cancellationToken)
        => (await EstimateAsync(viewer, [ticketId], cancellationToken)).GetValueOrDefault(ticketId);

    /// <summary>
    /// The estimates of the tickets <paramref name="viewer"/> may see among <paramref name="ticketIds"/>, in one tenant
    /// transaction and at most two statements, however many tickets a page asks for.
    /// </summary>
    public Task<IReadOnlyDictionary<Guid, TicketEstimate>> EstimateAsync(Viewer viewer, IReadOnlyList<Guid> ticketIds, CancellationToken cancellationToken)
        => database.RunAsync<IReadOnlyDictionary<Guid, TicketEstimate>>(viewer, async (db, ct) =>
        {
            var ids = ticketIds.ToArray();
            var tickets = await scope.Tickets(db.Tickets, viewer).AsNoTracking()
                .Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.EstimatedMinutes }).ToListAsync(ct);
            var estimates = new Dictionary<Guid, TicketEstimate>(tickets.Count);
            foreach (var ticket in tickets.Where(t => t.EstimatedMinutes is not null))
            {
                estimates[ticket.Id] = new TicketEstimate(ticket.EstimatedMinutes, EstimateSource.Manual, 0, "set by staff");
            }

            var suggest = tickets.Where(t => t.EstimatedMinutes is null).Select(t => t.Id).ToArray();
            if (suggest.Length == 0)
            {
                return estimates;
            }

            await using var command = new NpgsqlCommand(SuggestionSql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter { Value = suggest });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                estimates[reader.GetGuid(0)] = Suggest(
                    reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetInt32(4));
            }

            return estimates;
        }, cancellationToken);

    /// <summary>Sets (or, with <see langword="null"/>, clears) staff's estimate of a ticket, with an ESTIMATED timeline event.</summary>
    /// <exception cref="TicketNotFoundException">No such ticket the caller may see.</exception>
    /// <exception cref="InvalidEstimateException">The minutes are not 1 to <see cref="MaxEstimatedMinutes"/>.</exception>
    /// <returns>The ticket's organization and priority, to announce the change.</returns>
    public async Task<(Guid OrganizationId, TicketPriority Priority)> SetAsync(Viewer viewer, Guid ticketId, int? minutes, CancellationToken cancellationToken)
    {
        if (minutes is < 1 or > MaxEstimatedMinutes)
        {
            throw new InvalidEstimateException();
        }

        return await database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await scope.Tickets(db.Tickets, viewer).SingleOrDefaultAsync(t => t.Id == ticketId, ct) ?? throw new TicketNotFoundException();
            var now = clock.GetUtcNow();
            ticket.Estimate(minutes, now);
            db.TicketEvents.Add(TicketEvent.Record(
                Guid.CreateVersion7(),
                ticket,
                TicketEventKind.Estimated,
                viewer.UserId,
                now,
                new Dictionary<string, string?> { ["minutes"] = minutes?.ToString(CultureInfo.InvariantCulture) },
                isInternal: true));
            await db.SaveChangesAsync(ct);
            return (ticket.OrganizationId, ticket.Priority);
        }, cancellationToken);
    }

    /// <summary>The suggestion from the counts and medians of similar closed tickets.</summary>
    public static TicketEstimate Suggest(int similar, int? similarMedian, int sameType, int? sameTypeMedian)
    {
        if (similar >= MinimumSample && similarMedian is { } median)
        {
            return new TicketEstimate(median, EstimateSource.SimilarTickets, similar, $"median of {similar} similar tickets");
        }

        if (sameType >= MinimumSample && sameTypeMedian is { } typeMedian)
        {
            return new TicketEstimate(typeMedian, EstimateSource.SameType, sameType, $"median of {sameType} tickets of the same type");
        }

        return new TicketEstimate(null, EstimateSource.None, sameType, $"fewer than {MinimumSample} closed tickets of the same type to suggest from");
    }
}
