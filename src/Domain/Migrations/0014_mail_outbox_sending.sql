-- What the SMTP sender (KtPortal.Api.Notifications.MailSender) needs of the outbox (0008):
--
-- - claimed_until: a sender claims the mails it is about to send for a short lease, so that two API nodes never send
--   the same mail at once; a sender that dies mid-batch leaves claims that expire on their own.
-- - next_attempt_at: after a failed attempt, the mail waits (longer after each failure) before the next one.
-- - failed_at: the sender gave up (the server refused the mail for good, the address cannot be parsed, or the attempts
--   ran out); the mail stays, with attempts and last_error, for whoever looks into it.
--
-- A mail is pending while sent_at and failed_at are both NULL. Depends on 0008 only.
ALTER TABLE mail_outbox
    ADD COLUMN claimed_until   timestamptz NULL,
    ADD COLUMN next_attempt_at timestamptz NULL,
    ADD COLUMN failed_at       timestamptz NULL,
    ADD CONSTRAINT mail_outbox_sent_or_failed CHECK (sent_at IS NULL OR failed_at IS NULL);

-- What a sender asks for: the oldest pending mails.
DROP INDEX mail_outbox_unsent_idx;
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (created_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
