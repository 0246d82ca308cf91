namespace KtPortal.Api.Notifications;

/// <summary>
/// The mail server the outbox is sent through, under <c>Smtp</c> (environment: <c>Smtp__Host</c>). Without a
/// <see cref="Host"/>, no sender runs and mails stay in the outbox.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Smtp";

    /// <summary>The SMTP server's host name; sending is off while it is empty.</summary>
    public string? Host { get; set; }

    /// <summary>The port; 587 (submission) by default.</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured; STARTTLS, required, by default.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user to authenticate as; no authentication when empty.</summary>
    public string? Username { get; set; }

    /// <summary>The password of <see cref="Username"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The sender's address alone (<c>noreply@portal.example.com</c>; the name is <see cref="FromName"/>); required
    /// when <see cref="Host"/> is set.
    /// </summary>
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "KtPortal";

    /// <summary>How often each API node looks for mails to send; 10 seconds by default.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many mails one claim takes at most; a run claims again until a claim comes back short.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Failed attempts after which a mail is given up; 8 by default (about two hours of retries).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long one SMTP operation (connecting, one command) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long claimed mails stay reserved for the node that claimed them; after it, another node may take them.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the oldest pending mail may wait before <c>/healthz</c> reports <c>"mail": "Degraded"</c> (still 200):
    /// 15 minutes by default, at least one minute and more than <see cref="PollInterval"/>.
    /// </summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long sent and given-up mails stay in the outbox before the sender deletes them (their bodies hold links
    /// and their addresses are personal data): 30 days by default, at least one day.
    /// </summary>
    public TimeSpan RetainFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Whether sending is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS: only for a relay on the same host or a test server.</summary>
    None,
}
