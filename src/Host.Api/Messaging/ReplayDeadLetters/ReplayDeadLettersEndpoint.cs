using FluentValidation;
using OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

internal static class ReplayDeadLettersEndpoint
{
    public static void MapReplayDeadLetters(this RouteGroupBuilder group) =>
        group.MapPost("/dead-letters/replay", async (ReplayDeadLettersRequest request, IValidator<ReplayDeadLettersRequest> validator, IMessageStore store, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var query = DeadLetterQueries.Matching(request.Queue, request.MessageType, request.ExceptionType, request.From, request.To);
                query.Replayable = false;
                query.PageSize = int.MaxValue;
                var matching = await store.DeadLetters.QueryAsync(query, ct);
                var ids = matching.Envelopes.Select(e => e.Id).ToArray();
                if (ids.Length > 0) await store.DeadLetters.MarkDeadLetterEnvelopesAsReplayableAsync(ids);
                return TypedResults.Ok(new ReplayResult(ids.Length));
            })
            .WithName("ReplayDeadLetters")
            .WithSummary("Sends every dead letter of a message type, handler queue, exception type or time range back to its queue.")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
