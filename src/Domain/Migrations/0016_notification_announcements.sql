-- Real-time delivery of notifications. Once a notification that is shown in the app (0015: in_app) is committed, every
-- API node that listens on the channel notification_created hears '<user id>:<notification id>' and pushes the
-- notification to that user's notificationReceived subscriptions (KtPortal.Api.Notifications.NotificationListener).
-- NOTIFY is delivered at commit, so a rolled-back insert announces nothing; like the email channel, it is raised by the
-- database for whoever inserts the notification. Depends on 0015.
CREATE FUNCTION notifications_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.in_app THEN
        PERFORM pg_notify('notification_created', NEW.user_id::text || ':' || NEW.id::text);
    END IF;

    RETURN NULL;
END
$$;

CREATE TRIGGER notifications_announce AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_announce();
