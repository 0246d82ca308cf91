-- Trusted documents (persisted operations) registered at run time, beside the ones shipped in schema/persisted/.
-- The id is the SHA-256 of the document's exact UTF-8 bytes; the API refuses a row whose text does not hash to it.

CREATE TABLE trusted_documents (
    id           text        PRIMARY KEY CHECK (id ~ '^sha256:[0-9a-f]{64}$'),
    document     text        NOT NULL CHECK (length(document) BETWEEN 1 AND 262144),
    client_name  text        NULL CHECK (length(client_name) BETWEEN 1 AND 200),
    created_at   timestamptz NOT NULL DEFAULT now()
);
