using FluentValidation;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal static class ListDeadLettersEndpoint
{
    public static void MapListDeadLetters(this RouteGroupBuilder group) =>
        group.MapGet("/dead-letters", async ([AsParameters] ListDeadLettersRequest request, IValidator<ListDeadLettersRequest> validator, IMessageStore store, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var query = DeadLetterQueries.Matching(request.Queue, request.MessageType, request.ExceptionType, request.From, request.To);
                query.PageNumber = request.PageOf();
                query.PageSize = request.SizeOf();
                var found = await store.DeadLetters.QueryAsync(query, ct);
                var page = new Paged<DeadLetter>(found.Envelopes.Select(DeadLetter.From).ToList(), request.PageOf(), request.SizeOf(), (long)found.TotalCount);
                return TypedResults.Ok(page.CountedOnlyIf(request.CountOf()));
            })
            .WithName("ListDeadLetters")
            .WithSummary("Dead letters, newest first, filtered by handler queue, message type, exception type or time.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
