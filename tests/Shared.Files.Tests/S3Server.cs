using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsPlatform.Shared.Files.Tests;

/// <summary>
/// npm's s3rver, a real S3 HTTP server, on a free loopback port with a throw-away data folder: installed from the
/// committed lock file on first use, started once per test class, killed and removed at the end.
/// </summary>
public sealed class S3Server : IAsyncLifetime
{
    private static readonly string Package = Path.Combine(AppContext.BaseDirectory, "s3rver");
    private readonly string _data = TestFolders.Create(TestFolders.S3);
    private Process? _process;

    public string ServiceUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await EnsureInstalledAsync();
        var port = FreePort();
        // The server runs under a shell that stops it once this test process is gone, however it ended.
        _process = Process.Start(new ProcessStartInfo("sh",
            ["-c", Watchdog, "s3rver", Environment.ProcessId.ToString(), Path.Combine(Package, "node_modules", "s3rver", "bin", "s3rver.js"), _data, port.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        ServiceUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await http.GetAsync(ServiceUrl);
                return;
            }
            catch (HttpRequestException) when (attempt < 100 && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private const string Watchdog = """
        node "$2" -d "$3" -a 127.0.0.1 -p "$4" --silent & server=$!
        trap 'kill $server 2>/dev/null' TERM INT
        while kill -0 "$1" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done
        kill $server 2>/dev/null; rm -rf "$3"
        """;

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(5000);
        _process?.Dispose();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(Package, "node_modules", "s3rver", "bin", "s3rver.js"))) return;
        using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--silent"])
        {
            WorkingDirectory = Package,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0) throw new InvalidOperationException($"npm ci for s3rver failed: {await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
