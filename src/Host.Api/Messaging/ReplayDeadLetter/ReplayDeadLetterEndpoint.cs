using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;

internal static class ReplayDeadLetterEndpoint
{
    public static void MapReplayDeadLetter(this RouteGroupBuilder group) =>
        group.MapPost("/dead-letters/{id:guid}/replay", async (Guid id, IMessageStore store, CancellationToken ct) =>
            {
                _ = await store.DeadLetters.DeadLetterEnvelopeByIdAsync(id) ?? throw new NotFoundException("Dead letter", id);
                await store.DeadLetters.MarkDeadLetterEnvelopesAsReplayableAsync([id]);
                return TypedResults.Ok(new ReplayResult(1));
            })
            .WithName("ReplayDeadLetter")
            .WithSummary("Sends one dead letter back to its handler's queue (same message id; attempts start again).")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
