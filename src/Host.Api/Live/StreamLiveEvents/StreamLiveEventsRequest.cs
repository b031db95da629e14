using Microsoft.AspNetCore.Mvc;

namespace OpsPlatform.Host.Api.Live.StreamLiveEvents;

/// <param name="Module">Only these modules' events (repeatable), e.g. <c>module=maintenance</c>.</param>
/// <param name="Type">Only these event types (repeatable), e.g. <c>type=maintenance.work-order-raised</c>.</param>
/// <param name="LastEventId">The id of the last event received: the stream first replays what came after it.</param>
/// <param name="LastEventIdQuery">The same as a query parameter, for clients that cannot set the header.</param>
internal sealed record StreamLiveEventsRequest(
    [property: FromQuery(Name = "module")] string[]? Module,
    [property: FromQuery(Name = "type")] string[]? Type,
    [property: FromHeader(Name = "Last-Event-ID")] string? LastEventId,
    [property: FromQuery(Name = "lastEventId")] string? LastEventIdQuery)
{
    public string? Resume => LastEventId ?? LastEventIdQuery;
}
