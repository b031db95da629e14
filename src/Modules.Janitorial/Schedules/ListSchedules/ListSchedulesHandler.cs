using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

internal sealed class ListSchedulesHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<ListSchedulesQuery, Paged<ScheduleSummary>>
{
    public Task<Paged<ScheduleSummary>> Handle(ListSchedulesQuery query, CancellationToken cancellationToken)
    {
        var schedules = db.Schedules.VisibleTo(db, user);
        if (query.SiteId is { } site) schedules = schedules.Where(s => s.SiteId == site);
        if (query.AssignedTo is { } assignee) schedules = schedules.Where(s => s.AssignedTo == assignee);
        if (query.SeriesId is { } series) schedules = schedules.Where(s => s.SeriesId == series);
        if (query.From is { } from) schedules = schedules.Where(s => s.ServiceDate >= from);
        if (query.To is { } to) schedules = schedules.Where(s => s.ServiceDate <= to);
        if (query.Status is { } status) schedules = schedules.Where(s => s.Status == status.Value);

        return ScheduleSortFields.All.Apply(schedules, query.Sort)
            .Select(s => new ScheduleSummary(
                s.Id, s.SeriesId, s.SiteId, db.Sites.Where(site => site.Id == s.SiteId).Select(site => site.SiteName).FirstOrDefault() ?? "",
                s.AssignedTo, s.ServiceDate, s.StartTime, s.EndTime, s.Frequency, s.Status))
            .ToPagedAsync(query, cancellationToken);
    }
}
