-- The support desk (issue 8): tickets, their messages and timeline, ratings, links between tickets, SLA policies,
-- and the in-app notifications table that the desk, plans and the SLA job write to.
--
-- Every tenant-owned table carries organization_id and row-level security as in 0004: an explicit owner policy
-- and a ktportal_app policy on app_org_ids() or app_is_staff(). Internal notes (messages and timeline events with
-- internal = true) get a RESTRICTIVE policy on top, so a non-staff session cannot read them whatever else a query
-- or a permissive policy allows. Children repeat their ticket's organization_id, kept equal to it by a composite
-- foreign key, so their policies need no join.

-- Human-readable numbers (KT-1001): a sequence is never rolled back, so numbers stay unique under concurrent
-- inserts (a rolled-back insert leaves a gap, which is fine for a number that only has to be unique and rising).
CREATE SEQUENCE ticket_number_seq START WITH 1001;

CREATE TABLE tickets (
    id                       uuid        PRIMARY KEY,
    organization_id          uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    number                   integer     NOT NULL DEFAULT nextval('ticket_number_seq') UNIQUE,
    title                    text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description              text        NOT NULL CHECK (length(description) <= 20000),
    type                     text        NOT NULL CHECK (type IN ('SERVICE_REQUEST', 'TROUBLESHOOTING')),
    category                 text        NOT NULL CHECK (length(category) BETWEEN 1 AND 50),
    priority                 text        NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status                   text        NOT NULL
        CHECK (status IN ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_ON_CLIENT', 'RESOLVED', 'CLOSED')),
    source                   text        NOT NULL CHECK (source IN ('PORTAL', 'EMAIL', 'API')),
    requester_id             uuid        NOT NULL REFERENCES users (id),
    assignee_id              uuid        NULL REFERENCES users (id),
    tags                     text[]      NOT NULL DEFAULT '{}',
    custom_fields            jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    -- SLA: due times are set at creation from sla_policies and pushed forward by each pause when it ends, so a
    -- ticket is breached when now > due and it is not paused (sla_paused_at IS NULL) and not yet responded/resolved.
    first_response_due_at    timestamptz NOT NULL,
    resolution_due_at        timestamptz NOT NULL,
    first_responded_at       timestamptz NULL,
    resolved_at              timestamptz NULL,
    closed_at                timestamptz NULL,
    sla_paused_at            timestamptz NULL,
    sla_paused_seconds       integer     NOT NULL DEFAULT 0 CHECK (sla_paused_seconds >= 0),
    first_response_breached  boolean     NOT NULL DEFAULT false,
    resolution_breached      boolean     NOT NULL DEFAULT false,
    estimated_minutes        integer     NULL CHECK (estimated_minutes > 0),
    -- How many times the ticket has been resolved (or closed unresolved): a rating belongs to one resolution.
    resolutions              integer     NOT NULL DEFAULT 0 CHECK (resolutions >= 0),
    -- Optimistic concurrency: every change increments it, and an update that read an older version fails.
    version                  integer     NOT NULL DEFAULT 0,
    UNIQUE (id, organization_id)
);

CREATE INDEX tickets_organization_id_idx ON tickets (organization_id, created_at DESC, id DESC);
CREATE INDEX tickets_requester_id_idx ON tickets (requester_id);
CREATE INDEX tickets_assignee_id_idx ON tickets (assignee_id) WHERE assignee_id IS NOT NULL;
-- The queue: FIFO by created_at (then id) among NEW/OPEN tickets of one priority.
CREATE INDEX tickets_queue_idx ON tickets (priority, created_at, id) WHERE status IN ('NEW', 'OPEN');
-- What an SLA job scans: tickets whose clock runs.
CREATE INDEX tickets_sla_open_idx ON tickets (resolution_due_at) WHERE resolved_at IS NULL AND sla_paused_at IS NULL;

CREATE TABLE ticket_messages (
    id               uuid        PRIMARY KEY,
    ticket_id        uuid        NOT NULL,
    organization_id  uuid        NOT NULL,
    author_id        uuid        NOT NULL REFERENCES users (id),
    body             text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    internal         boolean     NOT NULL,
    -- Metadata only ([{fileName, contentType, sizeBytes}], each at most 50 MB); the files live in storage.
    attachments      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
    created_at       timestamptz NOT NULL,
    FOREIGN KEY (ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE
);

CREATE INDEX ticket_messages_ticket_id_idx ON ticket_messages (ticket_id, created_at, id);

CREATE TABLE ticket_events (
    id               uuid        PRIMARY KEY,
    ticket_id        uuid        NOT NULL,
    organization_id  uuid        NOT NULL,
    -- CREATED, STATUS_CHANGED, ASSIGNED, REPLIED, INTERNAL_NOTE, TIME_LOGGED, SLA_BREACHED, RATED, ...: a pattern
    -- rather than a list, so a module adds a kind without a migration.
    kind             text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,63}$'),
    actor_id         uuid        NULL REFERENCES users (id),
    data             jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
    internal         boolean     NOT NULL,
    created_at       timestamptz NOT NULL,
    FOREIGN KEY (ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE
);

CREATE INDEX ticket_events_ticket_id_idx ON ticket_events (ticket_id, created_at, id);

-- CSAT: one rating per resolution of a ticket.
CREATE TABLE ticket_ratings (
    id               uuid        PRIMARY KEY,
    ticket_id        uuid        NOT NULL,
    organization_id  uuid        NOT NULL,
    resolution       integer     NOT NULL CHECK (resolution >= 1),
    score            integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment          text        NULL CHECK (length(comment) <= 2000),
    rated_by_id      uuid        NOT NULL REFERENCES users (id),
    created_at       timestamptz NOT NULL,
    UNIQUE (ticket_id, resolution),
    FOREIGN KEY (ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE
);

-- Related tickets, an undirected relation stored once (the smaller id first), within one organization.
CREATE TABLE ticket_links (
    ticket_id          uuid        NOT NULL,
    related_ticket_id  uuid        NOT NULL,
    organization_id    uuid        NOT NULL,
    created_by_id      uuid        NULL REFERENCES users (id),
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, related_ticket_id),
    CHECK (ticket_id < related_ticket_id),
    FOREIGN KEY (ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE,
    FOREIGN KEY (related_ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE
);

CREATE INDEX ticket_links_related_ticket_id_idx ON ticket_links (related_ticket_id);

-- SLA targets per priority. Not tenant data: every session reads them, only staff change them.
CREATE TABLE sla_policies (
    priority                text        PRIMARY KEY CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    first_response_minutes  integer     NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes      integer     NOT NULL CHECK (resolution_minutes > 0),
    updated_at              timestamptz NOT NULL,
    CHECK (resolution_minutes >= first_response_minutes)
);

INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes, updated_at) VALUES
    ('URGENT', 60, 240, now()),
    ('HIGH', 240, 1440, now()),
    ('MEDIUM', 480, 2880, now()),
    ('LOW', 1440, 7200, now());

-- In-app notifications, one row per recipient. dedupe_key makes "once per period per threshold" and "once per
-- breach" an INSERT ... ON CONFLICT DO NOTHING.
CREATE TABLE notifications (
    id               uuid        PRIMARY KEY,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id  uuid        NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,63}$'),
    title            text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body             text        NOT NULL,
    data             jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
    created_at       timestamptz NOT NULL,
    read_at          timestamptz NULL,
    dedupe_key       text        NULL UNIQUE CHECK (length(dedupe_key) BETWEEN 1 AND 200)
);

CREATE INDEX notifications_user_id_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

GRANT SELECT, INSERT, UPDATE ON tickets TO ktportal_app;
GRANT SELECT, INSERT ON ticket_messages, ticket_events, ticket_ratings TO ktportal_app;
GRANT SELECT, INSERT, DELETE ON ticket_links TO ktportal_app;
GRANT SELECT, INSERT, UPDATE ON sla_policies TO ktportal_app;
GRANT SELECT, INSERT, UPDATE ON notifications TO ktportal_app;
GRANT USAGE ON SEQUENCE ticket_number_seq TO ktportal_app;

ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
ALTER TABLE tickets FORCE ROW LEVEL SECURITY;
CREATE POLICY tickets_owner ON tickets TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY tickets_tenant ON tickets TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));

ALTER TABLE ticket_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE ticket_messages FORCE ROW LEVEL SECURITY;
CREATE POLICY ticket_messages_owner ON ticket_messages TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY ticket_messages_tenant ON ticket_messages TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));
-- Internal notes: staff only, for reading and writing, whatever the permissive policies allow.
CREATE POLICY ticket_messages_internal ON ticket_messages AS RESTRICTIVE TO ktportal_app
    USING (NOT internal OR app_is_staff())
    WITH CHECK (NOT internal OR app_is_staff());

ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE ticket_events FORCE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_owner ON ticket_events TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY ticket_events_tenant ON ticket_events TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));
CREATE POLICY ticket_events_internal ON ticket_events AS RESTRICTIVE TO ktportal_app
    USING (NOT internal OR app_is_staff())
    WITH CHECK (NOT internal OR app_is_staff());

ALTER TABLE ticket_ratings ENABLE ROW LEVEL SECURITY;
ALTER TABLE ticket_ratings FORCE ROW LEVEL SECURITY;
CREATE POLICY ticket_ratings_owner ON ticket_ratings TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY ticket_ratings_tenant ON ticket_ratings TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));

ALTER TABLE ticket_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE ticket_links FORCE ROW LEVEL SECURITY;
CREATE POLICY ticket_links_owner ON ticket_links TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY ticket_links_tenant ON ticket_links TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));

ALTER TABLE sla_policies ENABLE ROW LEVEL SECURITY;
ALTER TABLE sla_policies FORCE ROW LEVEL SECURITY;
CREATE POLICY sla_policies_owner ON sla_policies TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY sla_policies_read ON sla_policies FOR SELECT TO ktportal_app USING (true);
CREATE POLICY sla_policies_staff_insert ON sla_policies FOR INSERT TO ktportal_app WITH CHECK (app_is_staff());
CREATE POLICY sla_policies_staff_update ON sla_policies FOR UPDATE TO ktportal_app
    USING (app_is_staff()) WITH CHECK (app_is_staff());

-- A user reads and marks read only their own notifications (staff too: no cross-user reading). Writing one for
-- someone else is what the desk and plans do (a staff reply notifies the requester, time logged notifies the
-- client's owners), so inserts are allowed within the caller's tenants, or anywhere for staff.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY notifications_owner ON notifications TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY notifications_read ON notifications FOR SELECT TO ktportal_app USING (user_id = app_user_id());
CREATE POLICY notifications_mark_read ON notifications FOR UPDATE TO ktportal_app
    USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());
CREATE POLICY notifications_insert ON notifications FOR INSERT TO ktportal_app
    WITH CHECK (app_is_staff() OR user_id = app_user_id() OR organization_id = ANY (app_org_ids()));

-- The queue position of one ticket: its 1-based place, FIFO by (created_at, id), among the NEW/OPEN tickets of its
-- priority across every tenant (the queue is the agency's), or NULL when it is not queued. It runs as the owner
-- (SECURITY DEFINER) because a client's session sees only its own tickets and would count too few; it answers only
-- for a ticket the calling session may see, so it reveals nothing but a count.
CREATE FUNCTION ticket_queue_position(ticket uuid) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN t.status IN ('NEW', 'OPEN') THEN (
               SELECT count(*)::integer
               FROM tickets q
               WHERE q.status IN ('NEW', 'OPEN') AND q.priority = t.priority
                 AND (q.created_at, q.id) <= (t.created_at, t.id))
           END
    FROM tickets t
    WHERE t.id = ticket AND (app_is_staff() OR t.organization_id = ANY (app_org_ids()))
$$;

REVOKE ALL ON FUNCTION ticket_queue_position(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ticket_queue_position(uuid) TO ktportal_app;
