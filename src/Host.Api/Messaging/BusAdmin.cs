using OpsPlatform.Host.Api.Messaging.GetBusCounts;
using OpsPlatform.Host.Api.Messaging.GetDeadLetter;
using OpsPlatform.Host.Api.Messaging.ListDeadLetters;
using OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;
using OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

namespace OpsPlatform.Host.Api.Messaging;

/// <summary>The bus's admin API under <c>/api/admin/bus</c>: counts per handler queue, dead letters, replay (Wolverine's dead-letter store). Admins only.</summary>
internal static class BusAdmin
{
    public static void MapBusAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/bus").WithTags("Bus");
        group.MapGetBusCounts();
        group.MapListDeadLetters();
        group.MapGetDeadLetter();
        group.MapReplayDeadLetter();
        group.MapReplayDeadLetters();
    }
}
