using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace OpsPlatform.Modules.Notifications.Tests;

/// <summary>
/// npm's smtp-server, a real SMTP server, on a free loopback port (smtp-server/sink.js): installed from the committed
/// lock file on first use, started per fixture, killed at the end. Each accepted message is a file in <see cref="Folder"/>.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private static readonly string Package = Path.Combine(AppContext.BaseDirectory, "smtp-server");
    private static readonly SemaphoreSlim Install = new(1, 1);
    private Process? _process;

    public string Folder { get; } = Directory.CreateTempSubdirectory("ops-test-smtp-").FullName;
    public int Port { get; private set; }

    public async Task StartAsync()
    {
        await EnsureInstalledAsync();
        Port = FreePort();
        // The server runs under a shell that stops it once this test process is gone, however it ended.
        _process = Process.Start(new ProcessStartInfo("sh", ["-c", Watchdog, "smtp-sink", Environment.ProcessId.ToString(), Path.Combine(Package, "sink.js"), Folder, Port.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private const string Watchdog = """
        node "$2" "$3" "$4" & server=$!
        trap 'kill $server 2>/dev/null' TERM INT
        while kill -0 "$1" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done
        kill $server 2>/dev/null; rm -rf "$3"
        """;

    /// <summary>While on, the server refuses every recipient with a 550.</summary>
    public void Reject(bool on)
    {
        var flag = Path.Combine(Folder, "reject");
        if (on) File.WriteAllText(flag, "");
        else File.Delete(flag);
    }

    /// <summary>While on, the server takes each message's data but never confirms it (see <see cref="HoldsASend"/>).</summary>
    public void Hold(bool on)
    {
        var flag = Path.Combine(Folder, "hold");
        if (on) File.WriteAllText(flag, "");
        else File.Delete(flag);
    }

    /// <summary>Whether a client has sent a message's data while on hold and is waiting for the confirmation.</summary>
    public bool HoldsASend => File.Exists(Path.Combine(Folder, "held"));

    /// <summary>Every message received so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.EnumerateFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(5000);
        _process?.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static async Task EnsureInstalledAsync()
    {
        await Install.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Package, "node_modules", "smtp-server", "package.json"))) return;
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--silent"])
            {
                WorkingDirectory = Package,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0) throw new InvalidOperationException($"npm ci for smtp-server failed: {await errors}");
        }
        finally
        {
            Install.Release();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
