using FluentValidation;
using OpsPlatform.Host.Api.Messaging.ReplayDeadLetter;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

internal static class ReplayDeadLettersEndpoint
{
    public static void MapReplayDeadLetters(this RouteGroupBuilder group) =>
        group.MapPost("/dead-letters/replay", async (ReplayDeadLettersRequest request, IValidator<ReplayDeadLettersRequest> validator, DeadLetterStore store, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var filter = new DeadLetterFilter(request.Module, request.Handler, request.MessageType, request.ExceptionType, request.From, request.To);
                return TypedResults.Ok(new ReplayResult(await store.ReplayAsync(filter, ct)));
            })
            .WithName("ReplayDeadLetters")
            .WithSummary("Moves every dead letter of a message type, handler, exception type or time range back into its inbox.")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
