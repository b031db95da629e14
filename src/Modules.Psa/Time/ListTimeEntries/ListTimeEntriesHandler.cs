using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.ListTimeEntries;

/// <summary>Everyone sees their own time; project owners also their projects' time; managers and admins all time.</summary>
internal sealed class ListTimeEntriesHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListTimeEntriesQuery, Paged<TimeEntryDetails>>
{
    public async Task<Paged<TimeEntryDetails>> Handle(ListTimeEntriesQuery query, CancellationToken cancellationToken)
    {
        IQueryable<TimeEntry> entries = db.Documents.Query<TimeEntry>();
        if (!user.IsManager)
        {
            var me = user.Id;
            var owned = await db.OwnedProjectIdsAsync(user, cancellationToken) ?? [];
            entries = owned.Length == 0 ? entries.Where(e => e.UserId == me) : entries.Where(e => e.UserId == me || e.ProjectId.IsOneOf(owned));
        }
        if (query.UserId is { } person) entries = entries.Where(e => e.UserId == person);
        if (query.ProjectId is { } project) entries = entries.Where(e => e.ProjectId == project);
        if (query.WeekStart is { } week) entries = entries.Where(e => e.WeekStart == week);
        if (query.From is { } from) entries = entries.Where(e => e.Date >= from);
        if (query.To is { } to) entries = entries.Where(e => e.Date <= to);
        if (query.Status is { } status) entries = entries.Where(e => e.Status == status.Value);

        var page = await TimeEntrySortFields.All.Apply(entries, query.Sort).ToPagedAsync(query, cancellationToken);
        return page.Select(TimeEntryDetails.From);
    }
}
