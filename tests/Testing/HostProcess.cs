using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsPlatform.Testing;

/// <summary>The real host (OpsPlatform.Host.Api.dll) in its own OS process on a given database and a free loopback port.</summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private HostProcess(string connectionString, IReadOnlyDictionary<string, string>? settings)
    {
        var start = StartInfo(connectionString, ["--urls=http://127.0.0.1:0"]);
        // Configuration keys as environment variables ("Notifications:Mail:SmtpPort" -> Notifications__Mail__SmtpPort).
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"The host exited before it was ready:\n{Output}"));
    }

    /// <summary>Runs the host's dll with <paramref name="arguments"/> (e.g. a command such as --migrate) until it exits.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(connectionString, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }

    private static ProcessStartInfo StartInfo(string connectionString, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsPlatform.Host.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Ops"] = connectionString;
        return start;
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>Starts the host on <paramref name="connectionString"/>, with <paramref name="settings"/> over its configuration, and waits until it serves.</summary>
    public static async Task<(HostProcess Host, Uri BaseAddress)> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new HostProcess(connectionString, settings);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            return (host, await host._ready.Task.WaitAsync(TimeSpan.FromSeconds(90)));
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"The host did not serve within 90 s:\n{host.Output}");
        }
    }

    /// <summary>SIGTERM, as Ctrl+C or <c>docker stop</c> would; returns how long the process took to exit.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return watch.Elapsed;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        var address = BaseUrl().Match(line);
        if (address.Success) _ready.TrySetResult(new Uri(address.Groups["url"].Value));
    }

    [GeneratedRegex(@"API base URL\s+(?<url>http://\S+?)/api\s*$")]
    private static partial Regex BaseUrl();
}
