using System.Text.Json;
using System.Threading.Channels;
using Shouldly;

namespace OpsPlatform.Testing;

/// <summary>Reads a server-sent-event stream into received events, in order.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Channel<SseEvent> _events = Channel.CreateUnbounded<SseEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private SseClient(HttpResponseMessage response)
    {
        _response = response;
        _reading = Task.Run(ReadAsync);
    }

    public static async Task<SseClient> ConnectAsync(HttpClient http, string path, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/event-stream");
        return new SseClient(response);
    }

    /// <summary>The next event, failing after <paramref name="timeout"/>.</summary>
    public async Task<SseEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _events.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No live event within {(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try { await _reading; }
        catch (Exception) { /* the stream ends with the connection */ }
    }

    private async Task ReadAsync()
    {
        await using var stream = await _response.Content.ReadAsStreamAsync(_stop.Token);
        using var reader = new StreamReader(stream);
        string? id = null, type = null, data = null;
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null) _events.Writer.TryWrite(new SseEvent(id!, type!, JsonDocument.Parse(data).RootElement.Clone()));
                id = type = data = null;
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
    }
}

/// <summary>One server-sent event: its id (the resume cursor), its type and its JSON data.</summary>
public sealed record SseEvent(string Id, string Type, JsonElement Data)
{
    public JsonElement Payload => Data.GetProperty("payload");
}
