using System.Globalization;
using KtPortal.Api.Audit;
using KtPortal.Api.Notifications;
using KtPortal.Api.RateLimiting;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.PasswordReset;

/// <summary>
/// Sends password reset links. A request for an unknown email, or one over the limits, does the same visible thing
/// as a real one (nothing), so the caller learns nothing about which accounts exist.
/// </summary>
internal sealed class PasswordResets(UserManager<User> users, IMailOutbox outbox, IRateLimitCounter counter, AuditLog audit)
{
    /// <summary>Reset mails per email address per hour: enough for a lost mail, too few to flood a mailbox.</summary>
    public const int PerEmailPerHour = 3;

    /// <summary>Reset requests per client address per hour.</summary>
    public const int PerAddressPerHour = 20;

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>
    /// Enqueues a reset mail for the account with <paramref name="email"/>, if there is one and the limits allow it;
    /// the link points at <paramref name="baseUrl"/> (the issuer, never a request header an attacker could choose).
    /// </summary>
    public async Task RequestAsync(string email, HttpContext? http, string baseUrl, CancellationToken cancellationToken)
    {
        email = email.Trim();
        await audit.RecordAsync(AuditEventKinds.PasswordResetRequested, http, cancellationToken);
        if (email.Length is 0 or > 320 || !await WithinLimitsAsync(email, http?.Connection.RemoteIpAddress?.ToString(), cancellationToken))
        {
            return;
        }

        if (await users.FindByEmailAsync(email) is not { } user || user.Email is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = string.Create(CultureInfo.InvariantCulture,
            $"{baseUrl}{PasswordResetEndpoints.Path}?user={user.Id:D}&token={Uri.EscapeDataString(token)}");
        await outbox.EnqueueAsync(
            user.Email,
            "Reset your KtPortal password",
            $"""
            Someone asked to reset the password of your KtPortal account. To choose a new password, open:

            {link}

            The link works once. If you did not ask for this, ignore this mail: your password stays as it is.
            """,
            cancellationToken);
    }

    private async Task<bool> WithinLimitsAsync(string email, string? ipAddress, CancellationToken cancellationToken)
    {
        // Both counters move on every request, so neither limit can be probed to tell real accounts from others.
        var byEmail = await counter.IncrementAsync("password-reset:email:" + email.ToUpperInvariant(), 1, Window, cancellationToken);
        var byAddress = await counter.IncrementAsync("password-reset:ip:" + (ipAddress ?? "unknown"), 1, Window, cancellationToken);
        return byEmail.Used <= PerEmailPerHour && byAddress.Used <= PerAddressPerHour;
    }
}
