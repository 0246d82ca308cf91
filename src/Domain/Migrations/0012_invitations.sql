-- Invitations: an organization's admin invites an email address with a role; the invitee accepts through a link
-- mailed to that address, which makes them a member.
--
-- The link's token is single-use, expires (7 days) and is stored only as its SHA-256 hash, like personal access
-- tokens (0006): 256 random bits need no salt or slow hash, and the table never holds a usable link. A pending
-- invitation is one neither accepted nor revoked; inviting the same address again revokes the earlier one, so an
-- address has at most one live link per organization.
--
-- Depends on 0003 (organizations, users, memberships_check_role) and 0004 (ktportal_app and its functions) only.
CREATE TABLE invitations (
    id                   uuid        PRIMARY KEY,
    organization_id      uuid        NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email                text        NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    role                 text        NOT NULL CHECK (role IN ('ADMIN', 'AGENT', 'BILLING', 'OWNER', 'MEMBER', 'PARTNER_ADMIN', 'PARTNER_MEMBER')),
    token_hash           bytea       NOT NULL CHECK (length(token_hash) = 32),
    invited_by_user_id   uuid        NULL REFERENCES users (id) ON DELETE SET NULL,
    created_at           timestamptz NOT NULL,
    expires_at           timestamptz NOT NULL,
    accepted_at          timestamptz NULL,
    accepted_by_user_id  uuid        NULL REFERENCES users (id) ON DELETE SET NULL,
    revoked_at           timestamptz NULL,
    CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
    CONSTRAINT invitations_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT invitations_accepted_or_revoked CHECK (accepted_at IS NULL OR revoked_at IS NULL)
);

-- What organization.invitations and a new invitation of the same address look for.
CREATE INDEX invitations_pending_idx ON invitations (organization_id, lower(email))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;

-- The role must be one the organization's kind has, as for memberships: the same check, on the same columns.
CREATE TRIGGER invitations_check_role
    BEFORE INSERT OR UPDATE OF role, organization_id ON invitations
    FOR EACH ROW EXECUTE FUNCTION memberships_check_role();

-- Tenant data: the application role sees and changes the invitations of the organizations in the transaction (staff:
-- all), as for memberships in 0004. Accepting runs on the owner's connection, before the invitee belongs anywhere.
GRANT SELECT, INSERT, UPDATE ON invitations TO ktportal_app;

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_owner ON invitations TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY invitations_tenant ON invitations TO ktportal_app
    USING (app_is_staff() OR organization_id = ANY (app_org_ids()))
    WITH CHECK (app_is_staff() OR organization_id = ANY (app_org_ids()));
