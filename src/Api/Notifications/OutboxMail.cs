namespace KtPortal.Api.Notifications;

/// <summary>A plain-text email waiting in the outbox to be sent.</summary>
/// <param name="Id">The outbox row.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="CreatedAt">When the mail was enqueued.</param>
/// <param name="Attempts">How many sends have failed so far.</param>
public sealed record OutboxMail(Guid Id, string To, string Subject, string TextBody, DateTimeOffset CreatedAt, int Attempts);
