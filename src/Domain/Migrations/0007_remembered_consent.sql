-- Remembered consent: the scopes a user allowed a third-party client. A later authorization asking for no more
-- than these skips the consent page; one asking for more shows it again (RFC 9700 §4.1.3 wants consent per client,
-- and OpenID Connect Core 1.0 §3.1.2.4 lets the server use a consent it already has).
CREATE TABLE oauth_consents (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id   text        NOT NULL,
    scopes      text[]      NOT NULL,
    granted_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
