using System.Security.Claims;
using System.Text;
using System.Text.Json;
using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Live.StreamLiveEvents;

/// <summary>
/// <c>GET /api/live</c>: server-sent events of committed integration events the caller may see (admins and managers
/// all but others' personal events; others only events naming them in <c>VisibleToUserIds</c>), optionally filtered by module and type. With
/// <c>Last-Event-ID</c> the stream first replays what was committed after that event (within the retention window).
/// </summary>
internal static class StreamLiveEventsEndpoint
{
    private const int ReplayBatch = 500;
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static void MapStreamLiveEvents(this RouteGroupBuilder group) =>
        group.MapGet("/live", async ([AsParameters] StreamLiveEventsRequest request, IValidator<StreamLiveEventsRequest> validator, LiveFeed feed,
                IHostApplicationLifetime lifetime, HttpContext http) =>
            {
                // A stream never ends by itself: without this the host waits out its whole shutdown timeout for it.
                // The client reconnects (to this host once restarted, or another) with Last-Event-ID and misses nothing.
                using var stopping = lifetime.ApplicationStopping.Register(http.Abort);
                await validator.ValidateAndThrowAsync(request, http.RequestAborted);
                var wants = Filter(request, http.User);
                LiveCursor.TryParse(request.Resume, out var last);

                // Before "connected" and the replay, so nothing committed after the client saw either is missed.
                using var listener = await feed.SubscribeAsync(wants, http.RequestAborted);
                http.Response.ContentType = "text/event-stream";
                http.Response.Headers.CacheControl = "no-cache";
                http.Response.Headers["X-Accel-Buffering"] = "no";
                await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                try
                {
                    if (last is { } from)
                    {
                        while (true)
                        {
                            var batch = await feed.ReadAfterAsync(from, ReplayBatch, http.RequestAborted);
                            foreach (var e in batch)
                            {
                                if (wants(e)) await WriteAsync(http.Response, e);
                                from = e.Cursor;
                            }
                            last = from;
                            if (batch.Count < ReplayBatch) break;
                        }
                        await http.Response.Body.FlushAsync(http.RequestAborted);
                    }

                    while (true)
                    {
                        using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                        wait.CancelAfter(KeepAlive);
                        bool ready;
                        try { ready = await listener.Events.WaitToReadAsync(wait.Token); }
                        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
                        {
                            await http.Response.WriteAsync(": keep-alive\n\n", http.RequestAborted);
                            await http.Response.Body.FlushAsync(http.RequestAborted);
                            continue;
                        }
                        if (!ready) return;
                        while (listener.Events.TryRead(out var e))
                        {
                            if (last is { } seen && e.Cursor.CompareTo(seen) <= 0) continue;
                            await WriteAsync(http.Response, e);
                            last = e.Cursor;
                        }
                        await http.Response.Body.FlushAsync(http.RequestAborted);
                    }
                }
                catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
                {
                    // The client went away, or the host is stopping.
                }
                catch (InvalidOperationException)
                {
                    // Dropped for falling behind: the client reconnects with Last-Event-ID.
                }
            })
            .WithName("StreamLiveEvents")
            .WithSummary("Server-sent events of committed changes the caller may see; filter by module and type; resume with Last-Event-ID.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();

    private static Func<LiveEvent, bool> Filter(StreamLiveEventsRequest request, ClaimsPrincipal user)
    {
        var modules = request.Module is { Length: > 0 } m ? m.ToHashSet(StringComparer.Ordinal) : null;
        var types = request.Type is { Length: > 0 } t ? t.ToHashSet(StringComparer.Ordinal) : null;
        var seesAll = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Manager);
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        return e => (modules is null || modules.Contains(e.Module))
                    && (types is null || types.Contains(e.Type))
                    && ((seesAll && !e.Personal) || (e.VisibleTo is { } visible && Array.IndexOf(visible, userId) >= 0));
    }

    private static async Task WriteAsync(HttpResponse response, LiveEvent e)
    {
        var data = new MemoryStream();
        await using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            json.WriteString("module", e.Module);
            json.WriteString("type", e.Type);
            json.WriteNumber("version", e.Version);
            json.WriteString("occurredAt", e.OccurredAt);
            json.WritePropertyName("payload");
            json.WriteRawValue(e.Payload, skipInputValidation: true);
            json.WriteEndObject();
        }
        var frame = $"id: {e.Cursor}\nevent: {e.Type}\ndata: {Encoding.UTF8.GetString(data.GetBuffer(), 0, (int)data.Length)}\n\n";
        await response.WriteAsync(frame, response.HttpContext.RequestAborted);
    }
}
