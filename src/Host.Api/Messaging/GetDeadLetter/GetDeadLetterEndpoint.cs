using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Messaging.GetDeadLetter;

internal static class GetDeadLetterEndpoint
{
    public static void MapGetDeadLetter(this RouteGroupBuilder group) =>
        group.MapGet("/dead-letters/{module}/{id:long}", async (string module, long id, DeadLetterStore store, CancellationToken ct) =>
                TypedResults.Ok(store.IsModule(module) && await store.FindAsync(module, id, ct) is { } found
                    ? found
                    : throw new NotFoundException("Dead letter", $"{module}/{id}")))
            .WithName("GetDeadLetter")
            .WithSummary("One dead letter with its payload and the failure's stack trace.")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
