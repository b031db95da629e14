using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Messaging.ListDeadLetters;

internal static class ListDeadLettersEndpoint
{
    public static void MapListDeadLetters(this RouteGroupBuilder group) =>
        group.MapGet("/dead-letters", async ([AsParameters] ListDeadLettersRequest request, IValidator<ListDeadLettersRequest> validator, DeadLetterStore store, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var filter = new DeadLetterFilter(request.Module, request.Handler, request.MessageType, request.ExceptionType, request.From, request.To);
                var page = await store.ListAsync(filter, request.Sort, request.PageOf(), request.SizeOf(), ct);
                return TypedResults.Ok(page.CountedOnlyIf(request.CountOf()));
            })
            .WithName("ListDeadLetters")
            .WithSummary("Dead letters of every module, filtered by module, handler, message type, exception type or time; sortable by deadLetteredAt, messageType, handler, exceptionType.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
