using System.Globalization;
using KtPortal.Api.Notifications;
using KtPortal.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace KtPortal.Api.Identity.EmailConfirmation;

/// <summary>Mails a link that proves the user receives mail at their address (Identity's email confirmation token).</summary>
internal sealed class EmailConfirmations(UserManager<User> users, IMailOutbox outbox)
{
    /// <summary>Enqueues a confirmation mail to <paramref name="user"/>'s address, linking to <paramref name="baseUrl"/>.</summary>
    public async Task SendAsync(User user, string baseUrl, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = string.Create(CultureInfo.InvariantCulture,
            $"{baseUrl}{EmailConfirmationEndpoints.Path}?user={user.Id:D}&token={Uri.EscapeDataString(token)}");
        await outbox.EnqueueAsync(
            user.Email!,
            "Confirm your KtPortal email address",
            $"""
            To confirm that this address belongs to your KtPortal account, open:

            {link}

            If you do not have a KtPortal account, ignore this mail.
            """,
            cancellationToken);
    }
}
