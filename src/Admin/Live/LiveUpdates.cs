using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Live;

/// <summary>
/// The circuit's subscription to <c>GET /api/live</c> with the user's own token, so it carries exactly the events the
/// API lets this user see. Pages subscribe to <see cref="Received"/> and reload what an event touches. A dropped stream
/// reconnects with <c>Last-Event-ID</c>, so nothing committed in between is missed.
/// </summary>
public sealed class LiveUpdates(ApiClient api, ILogger<LiveUpdates> logger) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private CancellationTokenSource? _stop;
    private Task? _reading;
    private string? _lastEventId;

    public event Func<LiveMessage, Task>? Received;

    /// <summary>True while the stream is open: pages can say when what they show may be stale.</summary>
    public bool Connected { get; private set; }

    public void Start()
    {
        if (_reading is not null) return;
        _stop = new CancellationTokenSource();
        _reading = Task.Run(() => RunAsync(_stop.Token));
    }

    public async Task StopAsync()
    {
        if (_stop is null || _reading is null) return;
        await _stop.CancelAsync();
        try { await _reading; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
        _stop = null;
        _reading = null;
        _lastEventId = null;
        Connected = false;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await ReadStreamAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (ApiProblem problem) when (problem.Status == 401)
            {
                return; // signed out or the session was revoked: the layout sends the user to sign in
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "The live stream dropped; reconnecting.");
            }
            Connected = false;
            await Task.Delay(RetryDelay, stop);
        }
    }

    private async Task ReadStreamAsync(CancellationToken stop)
    {
        using var response = await api.OpenAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/live");
            if (_lastEventId is not null) request.Headers.Add("Last-Event-ID", _lastEventId);
            return request;
        }, stop);
        Connected = true;
        await using var stream = await response.Content.ReadAsStreamAsync(stop);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? id = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            if (line.Length == 0)
            {
                if (id is not null && data.Length > 0) await DeliverAsync(id, data.ToString());
                id = null;
                data.Clear();
            }
            else if (line.StartsWith("id:", StringComparison.Ordinal)) id = line[3..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal)) data.Append(line[5..].TrimStart());
        }
    }

    private async Task DeliverAsync(string id, string data)
    {
        _lastEventId = id;
        var json = JsonDocument.Parse(data).RootElement;
        var message = new LiveMessage(id, json.GetProperty("module").GetString() ?? "", json.GetProperty("type").GetString() ?? "", json.GetProperty("payload").Clone());
        if (Received is not { } handlers) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<LiveMessage, Task>>())
        {
            try
            {
                await handler(message);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A page failed to apply live event {Type}.", message.Type);
            }
        }
    }
}
