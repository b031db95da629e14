using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ListSchedules;

/// <summary>One page query of the summary's fields (a count only on count=true); site names are primary-key lookups for the page's rows.</summary>
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

        // Only the summary's fields leave the database (the page's rows, then the id and name of their sites).
        var page = await ScheduleSortFields.All.Apply(schedules, query.Sort)
            .Select(s => new ScheduleSummary(s.Id, s.SeriesId, s.SiteId, "", s.AssignedTo, s.ServiceDate, s.StartTime, s.EndTime, s.Frequency, s.Status))
            .ToPagedAsync(query, cancellationToken);
        var siteIds = page.Items.Select(s => s.SiteId).Distinct().ToArray();
        var siteNames = siteIds.Length == 0 ? [] : (await db.Documents.Query<ClientSite>().Where(c => c.Id.In(siteIds))
            .Select(c => new SiteName(c.Id, c.SiteName)).ToListAsync(cancellationToken)).ToDictionary(n => n.Id, n => n.Name);
        return page.Select(s => s with { SiteName = siteNames.GetValueOrDefault(s.SiteId) ?? "" });
    }

    private sealed record SiteName(Guid Id, string Name);
}
