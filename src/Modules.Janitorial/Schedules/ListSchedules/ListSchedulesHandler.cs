using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

/// <summary>One page query (a count only on count=true); site names are primary-key lookups for the page's rows.</summary>
internal sealed class ListSchedulesHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ListSchedulesQuery, Paged<ScheduleSummary>>
{
    public async Task<Paged<ScheduleSummary>> Handle(ListSchedulesQuery query, CancellationToken cancellationToken)
    {
        var schedules = await db.VisibleSchedulesAsync(user, cancellationToken);
        if (query.SiteId is { } site) schedules = schedules.Where(s => s.SiteId == site);
        if (query.AssignedTo is { } assignee) schedules = schedules.Where(s => s.AssignedTo == assignee);
        if (query.SeriesId is { } series) schedules = schedules.Where(s => s.SeriesId == series);
        if (query.From is { } from) schedules = schedules.Where(s => s.ServiceDate >= from);
        if (query.To is { } to) schedules = schedules.Where(s => s.ServiceDate <= to);
        if (query.Status is { } status) schedules = schedules.Where(s => s.Status == status.Value);

        var page = await ScheduleSortFields.All.Apply(schedules, query.Sort).ToPagedAsync(query, cancellationToken);
        var sites = await db.SitesByIdAsync(page.Items.Select(s => s.SiteId), cancellationToken);
        return page.Select(s => new ScheduleSummary(
            s.Id, s.SeriesId, s.SiteId, sites.GetValueOrDefault(s.SiteId)?.SiteName ?? "",
            s.AssignedTo, s.ServiceDate, s.StartTime, s.EndTime, s.Frequency, s.Status));
    }
}
