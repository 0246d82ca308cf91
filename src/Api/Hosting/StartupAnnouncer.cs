using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KtPortal.Api.Hosting;

/// <summary>Prints where the API can be reached once it is listening.</summary>
internal sealed class StartupAnnouncer(IServer server, IHostApplicationLifetime lifetime) : IHostedService
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
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
