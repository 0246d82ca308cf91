using KtPortal.Domain.Notifications;
using KtPortal.Domain.Persistence;
using KtPortal.Domain.Support;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Support.Sla;

/// <summary>
/// Finds tickets that missed an SLA target and flags each breach exactly once: it sets the ticket's breach flag,
/// writes an <c>SLA_BREACHED</c> timeline event, and notifies the agency's admins and agents and the ticket's assignee,
/// all in one statement. Any number of API nodes may scan at the same time: a ticket is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> and flagged only while its flag is still unset (PostgreSQL re-checks the condition on
/// the latest row version), so two scans never both flag it, and the notifications' dedupe keys would stop a second
/// notification even if they did. It runs as the owner (a system job acts across tenants, as the OAuth housekeeping does).
/// </summary>
/// <remarks>
/// The breach rule is <see cref="SlaClock.IsBreached"/>: due before the earliest of when the target was met, when the
/// clock paused, and now. So a paused ticket never breaches, and a target met late is flagged when the scan sees it.
/// </remarks>
public sealed class SlaBreachScanner(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<SlaOptions> options)
{
    /// <summary>The timeline event and notification kind.</summary>
    public const string Kind = NotificationKinds.SlaBreached;

    /// <summary>
    /// Whether the timeline event is internal. It is not: the breach flags and due times are on the ticket the client
    /// reads, so the timeline says what the flags say.
    /// </summary>
    public const bool EventIsInternal = false;

    // The candidates' predicates are those of the partial indexes of migration 0013, word for word (PostgreSQL uses a
    // partial index only when the query's condition implies the index's). They follow from the breach rule: a target met
    // on time can never be due before its LEAST(...), so leaving those tickets out changes no answer.
    private static readonly string FirstResponseSql = Statement(
        "first_response_breached", "first_response_due_at", "LEAST(first_responded_at, resolved_at, sla_paused_at, @now)", "first response",
        """
        (first_responded_at IS NULL OR first_responded_at > first_response_due_at)
              AND (resolved_at IS NULL OR resolved_at > first_response_due_at)
        """);

    private static readonly string ResolutionSql = Statement(
        "resolution_breached", "resolution_due_at", "LEAST(resolved_at, sla_paused_at, @now)", "resolution",
        "(resolved_at IS NULL OR resolved_at > resolution_due_at)");

    /// <summary>The statements of the two targets (first response, resolution), for tests of their plans.</summary>
    internal static IReadOnlyList<string> Statements => [FirstResponseSql, ResolutionSql];

    /// <summary>Flags every breach there is now, both targets, and returns the breaches this call flagged.</summary>
    public async Task<IReadOnlyList<SlaBreach>> ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var breaches = new List<SlaBreach>();
        await ScanAsync(SlaTarget.FirstResponse, FirstResponseSql, now, breaches, cancellationToken);
        await ScanAsync(SlaTarget.Resolution, ResolutionSql, now, breaches, cancellationToken);
        return breaches;
    }

    private async Task ScanAsync(SlaTarget target, string sql, DateTimeOffset now, List<SlaBreach> breaches, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.BreachBatchSize);
        int flagged;
        do
        {
            // Each batch is its own statement and transaction: a failure loses nothing but that batch, retried next scan.
            await using var command = dataSource.CreateCommand(sql);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("batch", batchSize);
            command.Parameters.AddWithValue("target", target == SlaTarget.FirstResponse ? "FIRST_RESPONSE" : "RESOLUTION");
            command.Parameters.AddWithValue("internal", EventIsInternal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            flagged = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                flagged++;
                breaches.Add(new SlaBreach(
                    reader.GetGuid(0),
                    reader.GetGuid(1),
                    reader.GetInt32(2),
                    EnumText.Parse<TicketPriority>(reader.GetString(3)),
                    target,
                    reader.GetFieldValue<DateTimeOffset>(4),
                    reader.GetInt32(5)));
            }
        }
        while (flagged == batchSize);
    }

    // One statement per target, so that flag, timeline event and notifications commit together or not at all. The column
    // names are constants of this class, never input.
    private static string Statement(string flag, string due, string satisfiedOrPaused, string targetText, string candidates) => $"""
        WITH claimed AS (
            SELECT id FROM tickets
            WHERE NOT {flag}
              AND {candidates}
              AND {due} < {satisfiedOrPaused}
            ORDER BY {due}, id
            LIMIT @batch
            FOR UPDATE SKIP LOCKED
        ), breached AS (
            UPDATE tickets t SET {flag} = true, updated_at = @now, version = t.version + 1
            FROM claimed
            WHERE t.id = claimed.id AND NOT t.{flag}
            RETURNING t.id, t.organization_id, t.number, t.priority, t.title, t.assignee_id, t.{due} AS due_at
        ), timeline AS (
            INSERT INTO ticket_events (id, ticket_id, organization_id, kind, actor_id, data, internal, created_at)
            SELECT gen_random_uuid(), b.id, b.organization_id, '{Kind}', NULL,
                   jsonb_build_object('target', @target, 'dueAt', b.due_at), @internal, @now
            FROM breached b
        ), recipients AS (
            SELECT b.id AS ticket_id, m.user_id
            FROM breached b
            CROSS JOIN memberships m
            JOIN organizations o ON o.id = m.organization_id
            WHERE o.kind = 'AGENCY' AND m.role IN ('ADMIN', 'AGENT')
            UNION
            SELECT b.id, b.assignee_id FROM breached b WHERE b.assignee_id IS NOT NULL
        ), notified AS (
            INSERT INTO notifications (id, user_id, organization_id, kind, title, body, data, created_at, dedupe_key)
            SELECT gen_random_uuid(), r.user_id, b.organization_id, '{Kind}',
                   'KT-' || b.number || ' missed its {targetText} target',
                   '"' || b.title || '" was due for {targetText} at '
                       || to_char(b.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC.',
                   jsonb_build_object('ticketId', b.id, 'ticketNumber', b.number, 'target', @target, 'dueAt', b.due_at),
                   @now,
                   '{Kind}:' || b.id || ':' || @target || ':' || r.user_id
            FROM recipients r
            JOIN breached b ON b.id = r.ticket_id
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING (data ->> 'ticketId')::uuid AS ticket_id
        )
        SELECT b.id, b.organization_id, b.number, b.priority, b.due_at,
               (SELECT count(*)::integer FROM notified n WHERE n.ticket_id = b.id)
        FROM breached b
        """;
}
