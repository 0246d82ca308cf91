namespace KtPortal.Api.Notifications;

/// <summary>
/// Where the API puts the emails it sends. Enqueuing only writes a row; a sender delivers unsent rows later, so a
/// request never waits on (or fails because of) a mail server.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Adds a plain-text mail to the outbox and returns its id.</summary>
    Task<Guid> EnqueueAsync(string to, string subject, string textBody, CancellationToken cancellationToken);

    /// <summary>The oldest unsent mails, at most <paramref name="limit"/> of them, for a sender to deliver.</summary>
    Task<IReadOnlyList<OutboxMail>> UnsentAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Records that the mail was delivered; it is not returned as unsent again.</summary>
    Task MarkSentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Records a failed delivery: one more attempt, and the error (kept short) for whoever looks into it.</summary>
    Task MarkFailedAsync(Guid id, string error, CancellationToken cancellationToken);
}
