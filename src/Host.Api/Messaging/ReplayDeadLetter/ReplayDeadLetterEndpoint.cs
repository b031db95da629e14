using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;

internal static class ReplayDeadLetterEndpoint
{
    public static void MapReplayDeadLetter(this RouteGroupBuilder group) =>
        group.MapPost("/dead-letters/{module}/{id:long}/replay", async (string module, long id, DeadLetterStore store, CancellationToken ct) =>
                TypedResults.Ok(new ReplayResult(store.IsModule(module) && await store.ReplayAsync(module, id, ct) is { } replayed
                    ? replayed
                    : throw new NotFoundException("Dead letter", $"{module}/{id}"))))
            .WithName("ReplayDeadLetter")
            .WithSummary("Moves one dead letter back into its inbox (same message id and position, attempts reset).")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
