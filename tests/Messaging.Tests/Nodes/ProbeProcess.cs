using System.Diagnostics;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>A bus node in its own OS process (tests/Messaging.TestHost), on a given database; killed on dispose.</summary>
public sealed class ProbeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ProbeProcess(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsPlatform.Messaging.TestHost.dll"));
        start.ArgumentList.Add($"--ConnectionStrings:Ops={connectionString}");
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"The probe host exited before it was ready:\n{Output}"));
    }

    /// <summary>Short leases and polls, so takeovers and recoveries happen within a test's patience.</summary>
    public static readonly IReadOnlyDictionary<string, string> QuickSettings = new Dictionary<string, string>
    {
        ["Bus:LeaseDuration"] = "00:00:03",
        ["Bus:MaxConcurrency"] = "8",
        ["Bus:PollInterval"] = "00:00:00.200",
    };

    public string NodeId { get; private set; } = "";

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(40)); }
    }

    public static async Task<ProbeProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new ProbeProcess(connectionString, settings ?? new Dictionary<string, string>());
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        host.NodeId = await host._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the host stops gracefully; waits for the process to exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        if (line.StartsWith("ready ", StringComparison.Ordinal)) _ready.TrySetResult(line["ready ".Length..]);
    }
}
