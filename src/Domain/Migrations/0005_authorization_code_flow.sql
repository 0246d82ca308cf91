-- The user-facing half of the authorization server: the authorization code flow with PKCE, refresh-token
-- families (a user's sessions), the second factor's replay guard and hashed recovery codes.

-- RFC 9700 §4.1.3: a client that is not first-party asks the user's consent; the portal's own SPA may skip it.
-- OpenID Connect RP-Initiated Logout 1.0 §3: where a client may send the user after logout, matched exactly.
ALTER TABLE oauth_clients
    ADD COLUMN require_consent            boolean NOT NULL DEFAULT true,
    ADD COLUMN post_logout_redirect_uris  text[]  NOT NULL DEFAULT '{}';

-- A session: the family of refresh tokens that one sign-in at one client started (RFC 9700 §4.14.2). Revoking it
-- revokes every refresh token and every access token issued in it.
CREATE TABLE oauth_token_families (
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id     text        NOT NULL REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
    scope         text        NOT NULL,
    auth_time     timestamptz NOT NULL,
    amr           text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    ip_address    text        NULL,
    user_agent    text        NULL CHECK (length(user_agent) <= 512),
    revoked_at    timestamptz NULL
);

CREATE INDEX oauth_token_families_user_id_idx ON oauth_token_families (user_id);
CREATE INDEX oauth_token_families_expires_at_idx ON oauth_token_families (expires_at);

-- Access tokens issued in a family are revoked with it.
ALTER TABLE oauth_tokens ADD COLUMN family_id uuid NULL REFERENCES oauth_token_families (id) ON DELETE CASCADE;
CREATE INDEX oauth_tokens_family_id_idx ON oauth_tokens (family_id) WHERE family_id IS NOT NULL;

-- Authorization codes (RFC 6749 §4.1.2), stored as SHA-256 hashes: single use, five minutes. family_id is set when
-- the code is redeemed, so that a second redemption can revoke what the first one issued.
CREATE TABLE oauth_authorization_codes (
    code_hash       text        PRIMARY KEY,
    client_id       text        NOT NULL REFERENCES oauth_clients (client_id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    redirect_uri    text        NOT NULL,
    scope           text        NOT NULL,
    code_challenge  text        NOT NULL CHECK (code_challenge ~ '^[A-Za-z0-9_-]{43}$'),
    nonce           text        NULL,
    auth_time       timestamptz NOT NULL,
    amr             text[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    redeemed_at     timestamptz NULL,
    family_id       uuid        NULL REFERENCES oauth_token_families (id) ON DELETE SET NULL
);

CREATE INDEX oauth_authorization_codes_expires_at_idx ON oauth_authorization_codes (expires_at);

-- Refresh tokens, stored as SHA-256 hashes. Each use rotates: used_at is set and a token of the next generation is
-- issued in the same family. A used token presented again revokes the family, unless it is a concurrent retry
-- inside the grace period (see RefreshTokenGrant).
CREATE TABLE oauth_refresh_tokens (
    id            uuid        PRIMARY KEY,
    family_id     uuid        NOT NULL REFERENCES oauth_token_families (id) ON DELETE CASCADE,
    token_hash    text        NOT NULL,
    generation    integer     NOT NULL CHECK (generation >= 0),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz NULL,
    CONSTRAINT oauth_refresh_tokens_token_hash_key UNIQUE (token_hash)
);

CREATE INDEX oauth_refresh_tokens_family_id_idx ON oauth_refresh_tokens (family_id);

-- RFC 6238 §5.2: a verifier must not accept the second attempt of the same OTP after the first succeeded. The
-- last accepted time step per user; a code is accepted only for a later step.
CREATE TABLE user_totp_steps (
    user_id    uuid   PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    last_step  bigint NOT NULL
);

-- Recovery codes, hashed (SHA-256 of a 50-bit random code), each usable once.
CREATE TABLE user_recovery_codes (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    used_at    timestamptz NULL,
    PRIMARY KEY (user_id, code_hash)
);
