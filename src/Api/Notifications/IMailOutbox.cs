namespace KtPortal.Api.Notifications;

/// <summary>
/// Where the API puts the emails it sends. Enqueuing only writes a row; a sender (<see cref="MailSender"/>) delivers
/// pending rows later, so a request never waits on (or fails because of) a mail server.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Adds a plain-text mail to the outbox and returns its id.</summary>
    Task<Guid> EnqueueAsync(string to, string subject, string textBody, CancellationToken cancellationToken);

    /// <summary>The oldest pending mails (neither sent nor given up), at most <paramref name="limit"/> of them.</summary>
    Task<IReadOnlyList<OutboxMail>> UnsentAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the oldest pending mails that are due (their retry time reached) and not claimed by another sender, at
    /// most <paramref name="limit"/> of them, for <paramref name="lease"/>: until the lease ends, no other claim returns
    /// them. Returns them oldest first.
    /// </summary>
    Task<IReadOnlyList<OutboxMail>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records that the mail was delivered; it is not returned as pending again.</summary>
    Task MarkSentAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt: one more attempt and the error (kept short) for whoever looks into it. The mail is
    /// tried again from <paramref name="retryAt"/>; with <see langword="null"/>, it is given up and never sent.
    /// </summary>
    Task MarkFailedAsync(Guid id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>
    /// Gives claimed mails back untried (the mail server could not be reached, or the claim's lease ran short): no
    /// attempt is counted, the <paramref name="error"/> is kept unless it is <see langword="null"/>, and they are due
    /// again from <paramref name="retryAt"/>.
    /// </summary>
    Task DeferAsync(IReadOnlyCollection<Guid> ids, string? error, DateTimeOffset retryAt, CancellationToken cancellationToken);

    /// <summary>Deletes the mails sent or given up before <paramref name="before"/>; pending mails stay. Returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
