using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

internal sealed class ListInspectionsHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ListInspectionsQuery, Paged<InspectionSummary>>
{
    public async Task<Paged<InspectionSummary>> Handle(ListInspectionsQuery query, CancellationToken cancellationToken)
    {
        var inspections = await db.VisibleInspectionsAsync(user, cancellationToken);
        if (query.SiteId is { } site) inspections = inspections.Where(i => i.SiteId == site);
        if (query.InspectorId is { } inspector) inspections = inspections.Where(i => i.InspectorId == inspector);
        if (query.From is { } from) inspections = inspections.Where(i => i.InspectionDate >= from);
        if (query.To is { } to) inspections = inspections.Where(i => i.InspectionDate <= to);
        if (query.ScoreBelow is { } below) inspections = inspections.Where(i => i.Score < below);
        if (query.Passed is { } passed) inspections = inspections.Where(i => i.Passed == passed);

        var page = await InspectionSortFields.All.Apply(inspections, query.Sort).ToPagedAsync(query, cancellationToken);
        return page.Select(i => new InspectionSummary(i.Id, i.SiteId, i.ScheduleId, i.InspectorId, i.InspectionDate, i.Score, i.Passed));
    }
}
