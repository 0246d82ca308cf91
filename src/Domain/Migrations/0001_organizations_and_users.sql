-- Organizations and users: the first tenant-owned tables.

CREATE TABLE organizations (
    id                      uuid        PRIMARY KEY,
    name                    text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    slug                    text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind                    text        NOT NULL CHECK (kind IN ('AGENCY', 'CLIENT', 'PARTNER')),
    parent_organization_id  uuid        NULL REFERENCES organizations (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE TABLE users (
    id            uuid        PRIMARY KEY,
    email         text        NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX users_email_key ON users (lower(email));
