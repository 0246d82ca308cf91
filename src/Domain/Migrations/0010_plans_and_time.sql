-- Maintenance plans and time tracking (issue 8; the rules are in docs/plans-and-time.md).
--
-- maintenance_plans   the agency's catalogue: readable by every signed-in caller (a client reads its plan's name),
--                     written by staff only.
-- client_plans        which plan a client organization is on, with per-client rate overrides. At most one is active
--                     (ended_on IS NULL) per organization: a partial unique index says so, whatever the code does.
-- billing_periods     monthly periods of a client plan, made lazily and idempotently (UNIQUE (client_plan_id,
--                     starts_on) and ON CONFLICT DO NOTHING). Each records the included minutes and rates it was made
--                     with, and the usage last computed for it (used minutes, overage per rate type), which the
--                     billing module invoices from. The usage itself is always computed from time_entries in SQL.
-- time_entries        minutes staff logged on a ticket.
--
-- Every tenant-owned table gets row-level security as in 0004. Clients may read their own rows (their usage is
-- computed in their own session); only staff write.

CREATE TABLE maintenance_plans (
    id                    uuid          PRIMARY KEY,
    name                  text          NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    included_minutes      integer       NOT NULL CHECK (included_minutes BETWEEN 0 AND 744 * 60),
    covered_ticket_types  text[]        NOT NULL CHECK (covered_ticket_types <@ ARRAY['SERVICE_REQUEST', 'TROUBLESHOOTING']),
    -- Empty: every category of a covered type.
    covered_categories    text[]        NOT NULL,
    development_rate      numeric(12,2) NOT NULL CHECK (development_rate >= 0),
    support_rate          numeric(12,2) NOT NULL CHECK (support_rate >= 0),
    monthly_fee           numeric(12,2) NOT NULL CHECK (monthly_fee >= 0),
    currency              text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    billing_cycle_day     integer       NOT NULL CHECK (billing_cycle_day BETWEEN 1 AND 28),
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL
);

CREATE TABLE client_plans (
    id                         uuid          PRIMARY KEY,
    organization_id            uuid          NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    plan_id                    uuid          NOT NULL REFERENCES maintenance_plans (id),
    starts_on                  date          NOT NULL,
    -- The last day the plan covers; NULL while the plan is active.
    ended_on                   date          NULL,
    -- Copied from the plan when assigned, so a later change to the catalogue never moves existing periods.
    billing_cycle_day          integer       NOT NULL CHECK (billing_cycle_day BETWEEN 1 AND 28),
    development_rate_override  numeric(12,2) NULL CHECK (development_rate_override >= 0),
    support_rate_override      numeric(12,2) NULL CHECK (support_rate_override >= 0),
    created_at                 timestamptz   NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= starts_on)
);

CREATE UNIQUE INDEX client_plans_one_active_idx ON client_plans (organization_id) WHERE ended_on IS NULL;
CREATE INDEX client_plans_organization_id_idx ON client_plans (organization_id, starts_on);

CREATE TABLE billing_periods (
    id                            uuid          PRIMARY KEY,
    organization_id               uuid          NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    client_plan_id                uuid          NOT NULL REFERENCES client_plans (id) ON DELETE CASCADE,
    starts_on                     date          NOT NULL,
    -- Exclusive: the period is [starts_on, ends_on).
    ends_on                       date          NOT NULL,
    included_minutes              integer       NOT NULL CHECK (included_minutes >= 0),
    development_rate              numeric(12,2) NOT NULL,
    support_rate                  numeric(12,2) NOT NULL,
    currency                      text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    used_minutes                  integer       NOT NULL DEFAULT 0 CHECK (used_minutes >= 0),
    overage_development_minutes   integer       NOT NULL DEFAULT 0 CHECK (overage_development_minutes >= 0),
    overage_support_minutes       integer       NOT NULL DEFAULT 0 CHECK (overage_support_minutes >= 0),
    usage_recorded_at             timestamptz   NULL,
    created_at                    timestamptz   NOT NULL,
    UNIQUE (client_plan_id, starts_on),
    CHECK (ends_on > starts_on)
);

CREATE INDEX billing_periods_organization_id_idx ON billing_periods (organization_id, starts_on);

GRANT SELECT, INSERT, UPDATE ON maintenance_plans, client_plans TO ktportal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON billing_periods TO ktportal_app;

-- The catalogue is the agency's, not a tenant's: everyone reads it, staff write it.
ALTER TABLE maintenance_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE maintenance_plans FORCE ROW LEVEL SECURITY;
CREATE POLICY maintenance_plans_owner ON maintenance_plans TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY maintenance_plans_read ON maintenance_plans FOR SELECT TO ktportal_app USING (true);
CREATE POLICY maintenance_plans_staff_insert ON maintenance_plans FOR INSERT TO ktportal_app WITH CHECK (app_is_staff());
CREATE POLICY maintenance_plans_staff_update ON maintenance_plans FOR UPDATE TO ktportal_app
    USING (app_is_staff()) WITH CHECK (app_is_staff());

-- A client reads its own plans and periods; only staff write them.
ALTER TABLE client_plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_plans FORCE ROW LEVEL SECURITY;
CREATE POLICY client_plans_owner ON client_plans TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY client_plans_tenant ON client_plans FOR SELECT TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()));
CREATE POLICY client_plans_staff_insert ON client_plans FOR INSERT TO ktportal_app WITH CHECK (app_is_staff());
CREATE POLICY client_plans_staff_update ON client_plans FOR UPDATE TO ktportal_app
    USING (app_is_staff()) WITH CHECK (app_is_staff());

ALTER TABLE billing_periods ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_periods FORCE ROW LEVEL SECURITY;
CREATE POLICY billing_periods_owner ON billing_periods TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY billing_periods_tenant ON billing_periods FOR SELECT TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()));
CREATE POLICY billing_periods_staff_insert ON billing_periods FOR INSERT TO ktportal_app WITH CHECK (app_is_staff());
CREATE POLICY billing_periods_staff_update ON billing_periods FOR UPDATE TO ktportal_app
    USING (app_is_staff()) WITH CHECK (app_is_staff());
CREATE POLICY billing_periods_staff_delete ON billing_periods FOR DELETE TO ktportal_app USING (app_is_staff());

-- Time staff logged on a ticket. Clients may read their organization's entries (their usage is computed in their
-- own session from them); only staff write. A composite foreign key keeps organization_id equal to the ticket's.
CREATE TABLE time_entries (
    id               uuid        PRIMARY KEY,
    ticket_id        uuid        NOT NULL,
    organization_id  uuid        NOT NULL,
    user_id          uuid        NOT NULL REFERENCES users (id),
    minutes          integer     NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    work_date        date        NOT NULL,
    description      text        NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    billable         boolean     NOT NULL,
    rate_type        text        NOT NULL CHECK (rate_type IN ('DEVELOPMENT', 'SUPPORT')),
    created_at       timestamptz NOT NULL,
    FOREIGN KEY (ticket_id, organization_id) REFERENCES tickets (id, organization_id) ON DELETE CASCADE
);

CREATE INDEX time_entries_ticket_id_idx ON time_entries (ticket_id, work_date, created_at, id);
CREATE INDEX time_entries_organization_id_idx ON time_entries (organization_id, work_date);

GRANT SELECT, INSERT ON time_entries TO ktportal_app;

ALTER TABLE time_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY time_entries_owner ON time_entries TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY time_entries_tenant ON time_entries FOR SELECT TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()));
CREATE POLICY time_entries_staff_insert ON time_entries FOR INSERT TO ktportal_app WITH CHECK (app_is_staff());

-- The 80% and 100% notices of a billing period: one notification per recipient (the client's OWNER and ADMIN
-- members, and agency staff with BILLING) per period per threshold, the dedupe key making a repeat a no-op, also
-- under concurrency. INSERT ... ON CONFLICT needs the new rows to pass the SELECT policy of notifications, which
-- shows a session only its own user's rows, so the insert runs as the owner (SECURITY DEFINER). Only a staff session
-- may call it (time is logged by staff), and only for a period of that organization. Returns how many were new.
CREATE FUNCTION plan_usage_notify(
    organization uuid, period uuid, threshold integer, kind text, title text, body text, data jsonb, created timestamptz)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    inserted integer;
BEGIN
    IF NOT app_is_staff() THEN
        RAISE EXCEPTION 'only staff send plan usage notices' USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF NOT EXISTS (SELECT FROM billing_periods p WHERE p.id = period AND p.organization_id = organization) THEN
        RAISE EXCEPTION 'billing period % is not one of organization %', period, organization USING ERRCODE = 'foreign_key_violation';
    END IF;

    INSERT INTO notifications (id, user_id, organization_id, kind, title, body, data, created_at, dedupe_key)
    SELECT gen_random_uuid(), r.user_id, organization, plan_usage_notify.kind, plan_usage_notify.title, plan_usage_notify.body,
           plan_usage_notify.data, created, 'plan-usage:' || period::text || ':' || threshold::text || ':' || r.user_id::text
    FROM (
        SELECT DISTINCT m.user_id
        FROM memberships m
        JOIN organizations o ON o.id = m.organization_id
        WHERE (m.organization_id = organization AND m.role IN ('OWNER', 'ADMIN'))
           OR (o.kind = 'AGENCY' AND m.role = 'BILLING')
    ) r
    ON CONFLICT (dedupe_key) DO NOTHING;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$$;

REVOKE ALL ON FUNCTION plan_usage_notify(uuid, uuid, integer, text, text, text, jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION plan_usage_notify(uuid, uuid, integer, text, text, text, jsonb, timestamptz) TO ktportal_app;
