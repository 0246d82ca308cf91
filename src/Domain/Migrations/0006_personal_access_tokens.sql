-- Personal API tokens: long-lived bearer tokens that staff and partner users make for their scripts. Only a
-- SHA-256 hash of each token is stored (the token is 32 random bytes, so a fast hash suffices); the secret is shown
-- once, when it is made. A token acts for one user in one organization, with a subset of the API scopes.
--
-- The table is tenant-owned by the user's organization, with row-level security as in 0004: the owner (which
-- authenticates bearer tokens before any tenant is known) keeps full access through an explicit policy; the
-- application role sees a user's own tokens, and staff see all.

CREATE TABLE personal_access_tokens (
    id               uuid        PRIMARY KEY,
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id  uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    prefix           text        NOT NULL CHECK (length(prefix) BETWEEN 4 AND 20),
    token_hash       bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    scopes           text[]      NOT NULL,
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    last_used_at     timestamptz NULL,
    revoked_at       timestamptz NULL,
    CHECK (expires_at > created_at)
);

CREATE INDEX personal_access_tokens_user_id_idx ON personal_access_tokens (user_id);
CREATE INDEX personal_access_tokens_organization_id_idx ON personal_access_tokens (organization_id);

GRANT SELECT, INSERT, UPDATE ON personal_access_tokens TO ktportal_app;

ALTER TABLE personal_access_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE personal_access_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY personal_access_tokens_owner ON personal_access_tokens TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY personal_access_tokens_tenant ON personal_access_tokens TO ktportal_app
    USING (app_is_staff() OR (user_id = app_user_id() AND organization_id = ANY (app_org_ids())))
    WITH CHECK (app_is_staff() OR (user_id = app_user_id() AND organization_id = ANY (app_org_ids())));
