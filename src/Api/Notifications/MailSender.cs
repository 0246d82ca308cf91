using System.Net.Sockets;
using KtPortal.Api.Infrastructure;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KtPortal.Api.Notifications;

/// <summary>
/// Sends the outbox over SMTP (<see cref="SmtpOptions"/>): at start-up and then every
/// <see cref="SmtpOptions.PollInterval"/>, it claims the oldest due mails and sends them on one connection. Every API
/// node runs it; claims (<see cref="IMailOutbox.ClaimAsync"/>) keep two nodes from sending the same mail.
/// </summary>
/// <remarks>
/// What a failure does:
/// <list type="bullet">
/// <item>The server refuses a mail for good (a 5xx reply to its sender, recipient or content), or its address cannot
/// be parsed: the mail is given up at once, with the reply kept as its error.</item>
/// <item>The server refuses it for now (a 4xx reply): the attempt counts and the mail waits 1, 2, 4 … 60 minutes
/// before the next, until <see cref="SmtpOptions.MaxAttempts"/> attempts have failed.</item>
/// <item>The server cannot be reached, refuses the credentials, or the connection breaks: no attempt counts against
/// the mails (the fault is not theirs); the untried ones are given back with the error and tried again after a delay
/// that doubles with each such run, up to 15 minutes.</item>
/// </list>
/// A mail whose sending succeeded but whose row could not be marked is sent again later: delivery is at least once.
/// Each message carries a <c>Message-ID</c> made from its outbox id, so such a duplicate can be recognised. Bodies hold
/// single-use links, so neither bodies nor addresses are logged, only outbox ids.
/// </remarks>
public sealed class MailSender(IMailOutbox outbox, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<MailSender> logger)
    : PeriodicJob(clock, logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxDeferral = TimeSpan.FromMinutes(15);

    // One run sends at most this many claims; what is left waits for the next tick.
    private const int MaxClaimsPerRun = 20;

    // Purging scans the table, so it runs at most this often, not at every poll.
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private int _unreachableRuns;
    private DateTimeOffset _nextPurgeAt = DateTimeOffset.MinValue;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.PollInterval;

    /// <inheritdoc />
    protected override bool Enabled => options.Value.Enabled;

    /// <inheritdoc />
    protected override Task RunScheduledAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    /// <summary>
    /// Sends the due mails, in claims of <see cref="SmtpOptions.BatchSize"/> (at most 20 claims; the rest waits for the
    /// next run), deletes (at most hourly) the mails sent or given up more than <see cref="SmtpOptions.RetainFor"/>
    /// ago, and reports what happened.
    /// </summary>
    public async Task<MailSendReport> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var report = new MailSendReport();
        for (var claim = 0; claim < MaxClaimsPerRun; claim++)
        {
            var mails = await outbox.ClaimAsync(settings.BatchSize, settings.ClaimLease, cancellationToken);
            if (mails.Count == 0)
            {
                break;
            }

            if (!await SendClaimedAsync(mails, settings, report, cancellationToken) || mails.Count < settings.BatchSize)
            {
                break;
            }
        }

        var now = Clock.GetUtcNow();
        if (now >= _nextPurgeAt)
        {
            report.Purged = await outbox.PurgeAsync(now - settings.RetainFor, cancellationToken);
            _nextPurgeAt = now + PurgeInterval;
            if (report.Purged > 0)
            {
                logger.LogInformation("Mail outbox: deleted {Count} mails sent or given up more than {Days} days ago.", report.Purged, settings.RetainFor.TotalDays);
            }
        }

        if (report.Sent + report.Failed + report.GivenUp > 0)
        {
            logger.LogInformation(
                "Mail outbox: {Sent} sent, {Failed} to retry, {GivenUp} given up.", report.Sent, report.Failed, report.GivenUp);
        }

        return report;
    }

    // Sends one claim on one connection; false when the server could not be used or the lease ran short (the rest is
    // given back).
    private async Task<bool> SendClaimedAsync(IReadOnlyList<OutboxMail> mails, SmtpOptions settings, MailSendReport report, CancellationToken cancellationToken)
    {
        // A mail is started only while its claim has room for one more send and a margin, so that no other node can
        // claim it while it is being sent.
        var deadline = Clock.GetUtcNow() + settings.ClaimLease - (settings.Timeout * 2);
        var next = 0;
        try
        {
            using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
            await client.ConnectAsync(settings.Host!, settings.Port, SocketOptions(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
            }

            for (; next < mails.Count && Clock.GetUtcNow() < deadline; next++)
            {
                await SendOneAsync(client, mails[next], settings, report, cancellationToken);
            }

            _unreachableRuns = 0;
            await QuitAsync(client);
            if (next == mails.Count)
            {
                return true;
            }

            await GiveBackAsync(mails, next, error: null, Clock.GetUtcNow(), report);
            return false;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && IsServerFault(exception))
        {
            // The mail in hand when the connection broke is given back too. The server may have taken it; sending it
            // again is the at-least-once side of the trade, and its Message-ID stays the same.
            _unreachableRuns = Math.Min(_unreachableRuns + 1, 16);
            var delay = Backoff(settings.PollInterval, _unreachableRuns, MaxDeferral);
            var error = $"{exception.GetType().Name}: {exception.Message}";
            var untried = await GiveBackAsync(mails, next, error, Clock.GetUtcNow() + delay, report);
            logger.LogWarning(
                "The mail server {Host}:{Port} could not be used ({Error}); {Count} mails wait {Delay} before the next try.",
                settings.Host, settings.Port, error, untried, delay);
            return false;
        }
    }

    // Gives the claim's mails from index `from` on back untried; returns how many.
    private async Task<int> GiveBackAsync(IReadOnlyList<OutboxMail> mails, int from, string? error, DateTimeOffset retryAt, MailSendReport report)
    {
        var ids = mails.Skip(from).Select(m => m.Id).ToArray();
        await outbox.DeferAsync(ids, error, retryAt, CancellationToken.None);
        report.Deferred += ids.Length;
        return ids.Length;
    }

    // first, then doubled after each further failure, up to max.
    private static TimeSpan Backoff(TimeSpan first, int failures, TimeSpan max)
        => TimeSpan.FromTicks(Math.Min(first.Ticks << Math.Min(failures - 1, 10), max.Ticks));

    // The mails are settled by now: a server that fails to say goodbye changes nothing about them.
    private async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (IsServerFault(exception))
        {
            logger.LogDebug(exception, "The mail server did not close the connection cleanly.");
        }
    }

    private async Task SendOneAsync(SmtpClient client, OutboxMail mail, SmtpOptions settings, MailSendReport report, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(mail.To, out var to) || string.IsNullOrEmpty(to.Address) || to.Address.IndexOf('@') <= 0)
        {
            await GiveUpAsync(mail, "The recipient's address cannot be parsed.", report);
            return;
        }

        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = mail.CreatedAt,
            MessageId = $"{mail.Id:N}@{Domain(settings.From!)}",
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.TextBody },
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        message.To.Add(to);

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException exception) when (!cancellationToken.IsCancellationRequested)
        {
            var error = $"{(int)exception.StatusCode} {exception.Message}";
            var attempts = mail.Attempts + 1;
            if ((int)exception.StatusCode >= 500 || attempts >= settings.MaxAttempts)
            {
                await GiveUpAsync(mail, error, report);
            }
            else
            {
                var delay = Backoff(TimeSpan.FromMinutes(1), attempts, MaxRetryDelay);
                await outbox.MarkFailedAsync(mail.Id, error, Clock.GetUtcNow() + delay, CancellationToken.None);
                report.Failed++;
                logger.LogWarning("Mail {MailId} was refused for now ({Error}); attempt {Attempt} of {Max}, next in {Delay}.", mail.Id, error, attempts, settings.MaxAttempts, delay);
            }

            return;
        }

        // Marked with no token: a mail the server took must not be sent again because stopping began just now.
        await outbox.MarkSentAsync(mail.Id, CancellationToken.None);
        report.Sent++;
    }

    private async Task GiveUpAsync(OutboxMail mail, string error, MailSendReport report)
    {
        await outbox.MarkFailedAsync(mail.Id, error, retryAt: null, CancellationToken.None);
        report.GivenUp++;
        logger.LogWarning("Mail {MailId} is given up: {Error}", mail.Id, error);
    }

    // What makes the server unusable for the rest of the claim, rather than failing one mail.
    private static bool IsServerFault(Exception exception) => exception is
        SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
        or ServiceNotConnectedException or ServiceNotAuthenticatedException or IOException or SocketException
        or TimeoutException or OperationCanceledException or NotSupportedException;

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];
}

/// <summary>What one run of <see cref="MailSender"/> did.</summary>
public sealed class MailSendReport
{
    /// <summary>Mails the server took.</summary>
    public int Sent { get; set; }

    /// <summary>Mails refused for now, to be tried again later.</summary>
    public int Failed { get; set; }

    /// <summary>Mails given up: refused for good, unparsable, or out of attempts.</summary>
    public int GivenUp { get; set; }

    /// <summary>Mails given back untried because the server could not be used.</summary>
    public int Deferred { get; set; }

    /// <summary>Sent and given-up mails deleted after <see cref="SmtpOptions.RetainFor"/>.</summary>
    public int Purged { get; set; }
}
