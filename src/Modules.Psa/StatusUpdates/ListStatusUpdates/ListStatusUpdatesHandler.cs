using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.StatusUpdates.ListStatusUpdates;

internal sealed class ListStatusUpdatesHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListStatusUpdatesQuery, Paged<StatusUpdateDetails>>
{
    public async Task<Paged<StatusUpdateDetails>> Handle(ListStatusUpdatesQuery query, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(query.Id, user, ProjectView.Client, cancellationToken);
        var id = project.Id;
        var updates = db.Documents.Query<StatusUpdate>().Where(s => s.ProjectId == id);
        if (query.Health is { } health) updates = updates.Where(s => s.Health == health.Value);
        var page = await updates.OrderByDescending(s => s.PostedAt).ThenByDescending(s => s.Id).ToPagedAsync(query, cancellationToken);
        return page.Select(StatusUpdateDetails.From);
    }
}
