-- Per-user notification preferences, by kind of notification and by channel (in-app, email), and the email channel:
-- every notification inserted is also put in the mail outbox (0008) for its recipient, unless the recipient turned
-- email off for its kind. A user without a row for a kind gets both channels.
--
-- The channels are applied when a notification is inserted, by whoever inserts it (the SLA breach scan, the plan
-- usage notices, anything later), so that no producer can forget them:
-- - BEFORE INSERT sets notifications.in_app from the preference; a notification with in_app false is kept (its
--   dedupe key still makes a repeat a no-op) but is not shown in the app (KtPortal.Api.Notifications.GraphQL.NotificationScope).
-- - AFTER INSERT puts the mail in the outbox, in the same transaction. An AFTER trigger fires only for rows actually
--   inserted, so an INSERT ... ON CONFLICT DO NOTHING that meets its dedupe key sends no mail either.
--
-- Depends on 0001 (users), 0004 (app_user_id), 0008 (mail_outbox) and 0009 (notifications).
CREATE TABLE notification_preferences (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,63}$'),
    in_app     boolean     NOT NULL,
    email      boolean     NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, kind)
);

GRANT SELECT, INSERT, UPDATE ON notification_preferences TO ktportal_app;

-- A user reads and changes only their own preferences; staff too.
ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_preferences_owner ON notification_preferences TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY notification_preferences_own ON notification_preferences TO ktportal_app
    USING (user_id = app_user_id()) WITH CHECK (user_id = app_user_id());

ALTER TABLE notifications ADD COLUMN in_app boolean NOT NULL DEFAULT true;

-- The owner runs both: the inserting session may not read the recipient's preferences or address, nor write the outbox.
CREATE FUNCTION notifications_apply_in_app_preference() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.in_app := COALESCE(
        (SELECT p.in_app FROM notification_preferences p WHERE p.user_id = NEW.user_id AND p.kind = NEW.kind), true);
    RETURN NEW;
END
$$;

CREATE FUNCTION notifications_enqueue_email() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF COALESCE((SELECT p.email FROM notification_preferences p WHERE p.user_id = NEW.user_id AND p.kind = NEW.kind), true) THEN
        INSERT INTO mail_outbox (id, "to", subject, text_body, created_at)
        SELECT gen_random_uuid(), u.email, NEW.title,
               NEW.title || E'\n\n' || NEW.body || E'\n\n'
                   || 'You get this email because email is on for ' || NEW.kind
                   || ' notifications in your notification preferences. Turn it off there to stop them.' || E'\n',
               NEW.created_at
        FROM users u
        WHERE u.id = NEW.user_id;
    END IF;

    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION notifications_apply_in_app_preference() FROM PUBLIC;
REVOKE ALL ON FUNCTION notifications_enqueue_email() FROM PUBLIC;

CREATE TRIGGER notifications_in_app_preference BEFORE INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_apply_in_app_preference();
CREATE TRIGGER notifications_email AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_enqueue_email();
