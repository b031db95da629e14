using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Assignments.ListAssignments;

internal sealed class ListAssignmentsHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListAssignmentsQuery, Paged<AssignmentDetails>>
{
    public Task<Paged<AssignmentDetails>> Handle(ListAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var assignments = db.Documents.Query<Assignment>().VisibleTo(user);
        if (query.HardwareId is { } hardware) assignments = assignments.Where(a => a.HardwareId == hardware);
        if (query.AssignedTo is { } holder) assignments = assignments.Where(a => a.AssignedTo == holder);
        if (query.Open is true) assignments = assignments.Where(a => a.OpenHardwareId != null);
        if (query.Open is false) assignments = assignments.Where(a => a.OpenHardwareId == null);
        if (query.Overdue is true)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            assignments = assignments.Where(a => a.OpenDueOn < today);
        }
        return AssignmentSortFields.All.Apply(assignments, query.Sort).ToDetails().ToPagedAsync(query, cancellationToken);
    }
}
