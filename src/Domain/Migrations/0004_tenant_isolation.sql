-- Tenant isolation, the database's layer: row-level security on every tenant-owned table.
--
-- The application reads and writes tenant data as ktportal_app, a role that is neither superuser nor owner (the
-- API connects with the owner's login and switches with SET LOCAL ROLE in each transaction). It puts the caller
-- into the transaction with set_config(..., true):
--   app.org_ids   the organizations the caller may see, as a uuid[] literal ('{...}')
--   app.user_id   the signed-in user, or ''
--   app.is_staff  'on' for agency staff, who act across tenants
-- The policies read only these, so a query that forgets its tenant filter in code still sees no foreign row.
--
-- The owner (the migrator's login, which also runs the OAuth server and Identity: sign-in by email and token
-- issuance happen before any organization is known) keeps full access through an explicit policy. FORCE makes
-- that access a visible policy rather than the owner's implicit exemption. A superuser bypasses RLS whatever the
-- policies say, which is why the API always switches role when it reads tenant data.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ktportal_app') THEN
        CREATE ROLE ktportal_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    -- Another database of the same cluster created it at the same moment (roles are cluster-wide).
    NULL;
END
$$;

-- The owner must be able to SET ROLE to it; a superuser can anyway.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'ktportal_app', 'MEMBER') THEN
        EXECUTE format('GRANT ktportal_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ktportal_app;

-- Only tenant data: the OAuth server's tables (clients, tokens, keys) and the migration history stay the owner's.
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, memberships, users, user_claims, user_logins, user_tokens TO ktportal_app;

CREATE FUNCTION app_org_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('app.org_ids', true), '')::uuid[], '{}'::uuid[])
$$;

CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;

CREATE FUNCTION app_is_staff() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('app.is_staff', true), '') = 'on'
$$;

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_owner ON organizations TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY organizations_tenant ON organizations TO ktportal_app
    USING (app_is_staff() OR id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR id = ANY (app_org_ids()));

-- A user always sees their own memberships (that is how the application learns their organizations).
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_owner ON memberships TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY memberships_tenant ON memberships TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()) OR user_id = app_user_id())
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));

-- Users are visible to themselves and to members of an organization they belong to (co-members).
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_owner ON users TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY users_tenant ON users TO ktportal_app
    USING (
        app_is_staff()
        OR id = app_user_id()
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.organization_id = ANY (app_org_ids())))
    WITH CHECK (app_is_staff() OR id = app_user_id());

-- Identity's side tables belong to one user each.
ALTER TABLE user_claims ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_claims FORCE ROW LEVEL SECURITY;
CREATE POLICY user_claims_owner ON user_claims TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY user_claims_tenant ON user_claims TO ktportal_app
    USING (app_is_staff() OR user_id = app_user_id()) WITH CHECK (app_is_staff() OR user_id = app_user_id());

ALTER TABLE user_logins ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_logins FORCE ROW LEVEL SECURITY;
CREATE POLICY user_logins_owner ON user_logins TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY user_logins_tenant ON user_logins TO ktportal_app
    USING (app_is_staff() OR user_id = app_user_id()) WITH CHECK (app_is_staff() OR user_id = app_user_id());

ALTER TABLE user_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY user_tokens_owner ON user_tokens TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY user_tokens_tenant ON user_tokens TO ktportal_app
    USING (app_is_staff() OR user_id = app_user_id()) WITH CHECK (app_is_staff() OR user_id = app_user_id());

-- The audit log of security events: append-only. The application role may insert and (staff only) read, never
-- change or delete; a trigger refuses UPDATE, DELETE and TRUNCATE for the owner too, so a retention purge is a
-- deliberate act (a superuser disabling the trigger), never an accident.
CREATE TABLE audit_events (
    id               uuid        PRIMARY KEY,
    occurred_at      timestamptz NOT NULL,
    kind             text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,63}$'),
    actor_user_id    uuid        NULL,
    actor_client_id  text        NULL,
    organization_id  uuid        NULL,
    ip_address       text        NULL,
    detail           jsonb       NULL
);

CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

GRANT SELECT, INSERT ON audit_events TO ktportal_app;

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_owner ON audit_events TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY audit_events_staff_read ON audit_events FOR SELECT TO ktportal_app USING (app_is_staff());
CREATE POLICY audit_events_append ON audit_events FOR INSERT TO ktportal_app WITH CHECK (true);
