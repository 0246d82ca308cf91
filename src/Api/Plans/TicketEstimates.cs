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

    // Each closed ticket's billable minutes (tickets with none are no evidence of effort), then the median and count
    // among those sharing the type and category, and those sharing the type.
    private const string SuggestionSql = """
        WITH target AS (
            SELECT type, category FROM tickets WHERE id = $1
        ),
        closed AS (
            SELECT t.type, t.category, sum(e.minutes) AS minutes
            FROM tickets t
            JOIN time_entries e ON e.ticket_id = t.id AND e.billable
            WHERE t.status = 'CLOSED' AND t.id <> $1
            GROUP BY t.id, t.type, t.category
        )
        SELECT count(*) FILTER (WHERE c.category = target.category)::integer,
               round((percentile_cont(0.5) WITHIN GROUP (ORDER BY c.minutes) FILTER (WHERE c.category = target.category))::numeric)::integer,
               count(*)::integer,
               round((percentile_cont(0.5) WITHIN GROUP (ORDER BY c.minutes))::numeric)::integer
        FROM closed c
        JOIN target ON c.type = target.type
        """;

    /// <summary>The estimate of a ticket <paramref name="viewer"/> may see, or <see langword="null"/> when there is no such ticket.</summary>
    public Task<TicketEstimate?> EstimateAsync(Viewer viewer, Guid ticketId, CancellationToken cancellationToken)
        => database.RunAsync(viewer, async (db, ct) =>
        {
            var ticket = await scope.Tickets(db.Tickets, viewer).AsNoTracking()
                .Where(t => t.Id == ticketId).Select(t => new { t.EstimatedMinutes }).SingleOrDefaultAsync(ct);
            if (ticket is null)
            {
                return null;
            }

            if (ticket.EstimatedMinutes is { } manual)
            {
                return new TicketEstimate(manual, EstimateSource.Manual, 0, "set by staff");
            }

            await using var command = new NpgsqlCommand(SuggestionSql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter { Value = ticketId });
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return Suggest(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3));
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
