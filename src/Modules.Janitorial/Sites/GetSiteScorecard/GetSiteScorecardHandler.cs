using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>Two grouped index scans (inspections by site and date, missed cleanings by site and date), merged by month.</summary>
internal sealed class GetSiteScorecardHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<GetSiteScorecardQuery, SiteScorecard>
{
    public async Task<SiteScorecard> Handle(GetSiteScorecardQuery query, CancellationToken cancellationToken)
    {
        // Inspection outcomes: a client user sees them only where the site grants it; otherwise the site is not found.
        var sites = user.IsManager ? db.Sites : db.Sites.Where(s => db.InspectionReadableSitesOf(user.Id).Contains(s.Id));
        var site = await sites.AsNoTracking().Where(s => s.Id == query.Id)
                       .Select(s => new { s.SiteCode, s.SiteName, s.PassThreshold })
                       .SingleOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException("Site", query.Id);

        var to = query.To ?? DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        var from = query.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);

        var inspections = await db.Inspections
            .Where(i => i.SiteId == query.Id && i.InspectionDate >= from && i.InspectionDate <= to)
            .GroupBy(i => new { i.InspectionDate.Year, i.InspectionDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Total = g.Sum(i => i.Score), Failed = g.Count(i => !i.Passed) })
            .ToDictionaryAsync(g => (g.Year, g.Month), cancellationToken);
        var missed = await db.Schedules
            .Where(s => s.SiteId == query.Id && s.Status == ScheduleStatus.Missed && s.ServiceDate >= from && s.ServiceDate <= to)
            .GroupBy(s => new { s.ServiceDate.Year, s.ServiceDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToDictionaryAsync(g => (g.Year, g.Month), g => g.Count, cancellationToken);

        var months = new List<MonthlyScore>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var scored = inspections.GetValueOrDefault((month.Year, month.Month));
            months.Add(new MonthlyScore($"{month:yyyy-MM}", scored?.Count ?? 0, scored is null ? null : Average(scored.Total, scored.Count),
                scored?.Failed ?? 0, missed.GetValueOrDefault((month.Year, month.Month))));
        }

        var count = inspections.Values.Sum(g => g.Count);
        return new SiteScorecard(query.Id, site.SiteCode, site.SiteName, site.PassThreshold, from, to, count,
            count == 0 ? null : Average(inspections.Values.Sum(g => (long)g.Total), count),
            inspections.Values.Sum(g => g.Failed), missed.Values.Sum(), months);
    }

    private static double Average(long total, int count) => Math.Round((double)total / count, 1);
}
