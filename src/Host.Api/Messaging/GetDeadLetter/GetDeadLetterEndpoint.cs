using System.Text.Json;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Messaging.GetDeadLetter;

internal static class GetDeadLetterEndpoint
{
    public static void MapGetDeadLetter(this RouteGroupBuilder group) =>
        group.MapGet("/dead-letters/{id:guid}", async (Guid id, IMessageStore store, CancellationToken ct) =>
            {
                var dead = await store.DeadLetters.DeadLetterEnvelopeByIdAsync(id) ?? throw new NotFoundException("Dead letter", id);
                using var payload = JsonDocument.Parse(dead.Envelope.Data ?? "null"u8.ToArray());
                return TypedResults.Ok(new DeadLetterDetails(DeadLetter.From(dead), payload.RootElement.Clone()));
            })
            .WithName("GetDeadLetter")
            .WithSummary("One dead letter with its message's payload.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
