using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Sites.GetSiteScorecard;

/// <summary>
/// Two grouped index scans over the documents' duplicated columns (inspections by site and date, missed cleanings by
/// site and date), merged by month.
/// </summary>
internal sealed class GetSiteScorecardHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<GetSiteScorecardQuery, SiteScorecard>
{
    public async Task<SiteScorecard> Handle(GetSiteScorecardQuery query, CancellationToken cancellationToken)
    {
        // Inspection outcomes: a client user sees them only where the site grants it; otherwise the site is not found.
        var site = await db.Documents.LoadAsync<ClientSite>(query.Id, cancellationToken);
        if (site is null || !(user.IsManager || (await db.InspectionReadableSitesOfAsync(user.Id, cancellationToken)).Contains(site.Id)))
            throw new NotFoundException("Site", query.Id);

        var to = query.To ?? DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        var from = query.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);

        var inspections = (await db.Documents.AdvancedSql.QueryAsync<Scored>($"""
            SELECT json_build_object('Year', y, 'Month', m, 'Count', count, 'Total', total, 'Failed', failed)
            FROM (SELECT extract(year FROM inspection_date)::int AS y, extract(month FROM inspection_date)::int AS m,
                         count(*) AS count, sum(score) AS total, count(*) FILTER (WHERE NOT passed) AS failed
                  FROM {ScorecardSql.Inspections}
                  WHERE site_id = ? AND inspection_date BETWEEN ? AND ?
                  GROUP BY 1, 2) g
            """, cancellationToken, query.Id, from, to)).ToDictionary(g => (g.Year, g.Month));
        var missed = (await db.Documents.AdvancedSql.QueryAsync<Missed>($"""
            SELECT json_build_object('Year', y, 'Month', m, 'Count', count)
            FROM (SELECT extract(year FROM service_date)::int AS y, extract(month FROM service_date)::int AS m, count(*) AS count
                  FROM {ScorecardSql.Schedules}
                  WHERE site_id = ? AND status = 'Missed' AND service_date BETWEEN ? AND ?
                  GROUP BY 1, 2) g
            """, cancellationToken, query.Id, from, to)).ToDictionary(g => (g.Year, g.Month), g => g.Count);

        var months = new List<MonthlyScore>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var scored = inspections.GetValueOrDefault((month.Year, month.Month));
            months.Add(new MonthlyScore($"{month:yyyy-MM}", scored?.Count ?? 0, scored is null ? null : Average(scored.Total, scored.Count),
                scored?.Failed ?? 0, missed.GetValueOrDefault((month.Year, month.Month))));
        }

        var count = inspections.Values.Sum(g => g.Count);
        return new SiteScorecard(query.Id, site.SiteCode, site.SiteName, site.PassThreshold, from, to, count,
            count == 0 ? null : Average(inspections.Values.Sum(g => g.Total), count),
            inspections.Values.Sum(g => g.Failed), missed.Values.Sum(), months);
    }

    private static double Average(long total, int count) => Math.Round((double)total / count, 1);

    private sealed record Scored(int Year, int Month, int Count, long Total, int Failed);

    private sealed record Missed(int Year, int Month, int Count);
}
