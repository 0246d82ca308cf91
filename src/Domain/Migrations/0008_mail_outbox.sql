-- The mail outbox: every email (confirmation, password reset, invitation) is written here first, in the request
-- that causes it, and a sender sends it over SMTP later when SMTP is configured (DESIGN §3 Notifications). A row is
-- unsent while sent_at is NULL; attempts and last_error record failed sends so a sender can back off or give up.
--
-- Bodies may hold single-use links (reset and confirmation tokens), so the application role gets no access: only
-- the owner connection, which the API's identity services use, reads or writes the table.
CREATE TABLE mail_outbox (
    id          uuid        PRIMARY KEY,
    "to"        text        NOT NULL CHECK (length("to") BETWEEN 3 AND 320),
    subject     text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    text_body   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    sent_at     timestamptz NULL,
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error  text        NULL
);

-- What a sender asks for: the oldest unsent mails.
CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (created_at) WHERE sent_at IS NULL;
