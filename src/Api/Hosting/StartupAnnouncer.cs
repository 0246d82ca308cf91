using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using KtPortal.Api.Notifications;
using Microsoft.Extensions.Options;

namespace KtPortal.Api.Hosting;

/// <summary>Prints where the API can be reached once it is listening, and where its mail goes.</summary>
internal sealed class StartupAnnouncer(IServer server, IHostApplicationLifetime lifetime, IOptions<SmtpOptions> smtp) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is null || addresses.Count == 0)
            {
                return;
            }

            foreach (var address in addresses)
            {
                var root = address.TrimEnd('/');
                Console.WriteLine($"KtPortal API is listening on {root}");
                Console.WriteLine($"  Health:  {root}/healthz");
            }

            var mail = smtp.Value;
            Console.WriteLine(mail.Enabled
                ? $"  Mail:    sent through {mail.Host}:{mail.Port}"
                : "  Mail:    kept in the outbox, not sent (no Smtp__Host); ./portal mail prints it");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
