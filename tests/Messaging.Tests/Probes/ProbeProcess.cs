using System.Diagnostics;

namespace OpsPlatform.Messaging.Tests.Probes;

/// <summary>A probe host in its own OS process (tests/Messaging.TestHost) on a given database; killed on dispose.</summary>
public sealed class ProbeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ProbeProcess(string connectionString, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsPlatform.Messaging.TestHost.dll"));
        start.ArgumentList.Add($"--ConnectionStrings:Ops={connectionString}");
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"The probe host exited before it was ready:\n{Output}"));
    }

    public string Node { get; private set; } = "";

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(40)); }
    }

    public static async Task<ProbeProcess> StartAsync(string connectionString, params string[] settings)
    {
        var host = new ProbeProcess(connectionString, settings);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        host.Node = await host._ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>Asks the host to publish <paramref name="count"/> pings keyed <c>prefix-i</c> itself (returns at once).</summary>
    public async Task PublishAsync(string prefix, int count, int delayMs = 0)
    {
        await _process.StandardInput.WriteLineAsync($"publish {prefix} {count} {delayMs}");
        await _process.StandardInput.FlushAsync();
    }

    public bool HasPublished(string prefix)
    {
        lock (_output) return _output.Contains($"published {prefix}");
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
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
