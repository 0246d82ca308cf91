using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KtPortal.Testing;

/// <summary>
/// The redis-server the tests share, from <c>KTPORTAL_TEST_REDIS</c> (<c>host:port</c>), which <c>./portal test</c>
/// sets after starting a throwaway one. Without it the tests fail rather than skip.
/// </summary>
public static class TestRedis
{
    public const string Variable = "KTPORTAL_TEST_REDIS";

    public static string Endpoint =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./portal test, which starts a redis-server for them, or start one " +
                $"(redis-server --port 56379 --save '' --appendonly no --daemonize yes) and set {Variable}=127.0.0.1:56379.");

    /// <summary>A name no other test uses, for channels, topics and prefixes.</summary>
    public static string UniqueName(string stem) => $"{stem}-{Guid.NewGuid():N}";
}

/// <summary>
/// A redis-server of the test's own, on a free port with no persistence, which the test can stop and start
/// again on the same port (the shared server must never be restarted under other tests).
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ktportal-redis-").FullName;
    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var server = new RedisServerProcess(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", _folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: ./portal test installs it (Debian package redis-server).", exception);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, deadline.Token);
                return;
            }
            catch (SocketException) when (!_process.HasExited)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    /// <summary>Kills the server, as a crash would, and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
