using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KtPortal.Api.Notifications;

/// <summary>
/// <c>mail</c> in <c>/healthz</c>, registered only when a sender is configured: Healthy while the oldest pending mail
/// is younger than <see cref="SmtpOptions.StaleAfter"/>, Degraded (the endpoint still answers 200) once mail is stuck,
/// for instance behind refused credentials. A stuck mail server is worth an alert, not taking nodes out of service.
/// </summary>
internal sealed class MailHealthCheck(IMailOutbox outbox, IOptions<SmtpOptions> options, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            // The oldest pending mail, read through the outbox's pending index.
            var oldest = await outbox.UnsentAsync(1, timeout.Token);
            return oldest.Count > 0 && clock.GetUtcNow() - oldest[0].CreatedAt > options.Value.StaleAfter
                ? HealthCheckResult.Degraded("Mail has been waiting in the outbox longer than Smtp:StaleAfter.")
                : HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // The database check reports the outage itself; this one only cannot tell.
            return HealthCheckResult.Degraded("The outbox could not be read.", exception);
        }
    }
}
