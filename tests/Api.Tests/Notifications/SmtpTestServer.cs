using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace KtPortal.Api.Tests.Notifications;

/// <summary>
/// A real SMTP server (the SmtpServer library) on a free local port, keeping the messages it accepts. Its hooks
/// refuse recipients for good, refuse messages for now, or require credentials, as the tests need.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;

    private SmtpTestServer(int port, string? username, string? password)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port));
                if (username is not null)
                {
                    endpoint.AuthenticationRequired(true).AllowUnsecureAuthentication(true);
                }
            })
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        if (username is not null)
        {
            services.Add(new DelegatingUserAuthenticator((user, pass) => user == username && pass == password));
        }

        var server = new SmtpServer.SmtpServer(options, services);
        _running = server.StartAsync(_stopping.Token);
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>The messages accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Recipients refused with 550.</summary>
    public Func<string, bool> RefusesRecipient { get; set; } = _ => false;

    /// <summary>How many of the next messages are refused with 451 (after their DATA).</summary>
    public int RefuseNextMessages;

    /// <summary>Called for each accepted message, before the reply.</summary>
    public Action? OnAccepted { get; set; }

    /// <summary>Starts a server on a free port (or on <paramref name="port"/>).</summary>
    public static async Task<SmtpTestServer> StartAsync(int? port = null, string? username = null, string? password = null)
    {
        var server = new SmtpTestServer(port ?? FreePort(), username, password);
        await WaitForListenerAsync(server.Port);
        return server;
    }

    /// <summary>A port no one listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private static async Task WaitForListenerAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server.RefuseNextMessages) >= 0)
            {
                return new SmtpResponse((SmtpReplyCode)451, "Try again later");
            }

            Interlocked.Exchange(ref server.RefuseNextMessages, 0);
            using var stream = new MemoryStream(buffer.ToArray());
            server.Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            server.OnAccepted?.Invoke();
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(SmtpTestServer server) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
            => Task.FromResult(!server.RefusesRecipient($"{to.User}@{to.Host}"));
    }
}
