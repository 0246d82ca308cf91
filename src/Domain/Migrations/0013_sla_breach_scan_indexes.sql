-- The SLA breach job (KtPortal.Api.Support.Sla.SlaBreachScanner) looks, every minute on every node, for tickets that
-- missed a target and are not yet flagged. Its rule, due < LEAST(met_at, paused_at, now), cannot use an index, and
-- tickets met on time stay unflagged for ever, so without these indexes each scan read the whole table. A ticket
-- can only breach a target while that target is open, or once it was met late (and then only until the scan flags
-- it): these partial indexes hold exactly those tickets, in due order, so a scan reads the candidates and nothing
-- else. The scanner's statements repeat each predicate word for word, which is what lets PostgreSQL use them.
--
-- Depends on 0009 (tickets) only.
CREATE INDEX tickets_first_response_breach_scan_idx ON tickets (first_response_due_at, id)
    WHERE NOT first_response_breached
      AND (first_responded_at IS NULL OR first_responded_at > first_response_due_at)
      AND (resolved_at IS NULL OR resolved_at > first_response_due_at);

CREATE INDEX tickets_resolution_breach_scan_idx ON tickets (resolution_due_at, id)
    WHERE NOT resolution_breached
      AND (resolved_at IS NULL OR resolved_at > resolution_due_at);
