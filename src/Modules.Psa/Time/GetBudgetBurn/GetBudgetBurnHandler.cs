using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Time.GetBudgetBurn;

internal sealed class GetBudgetBurnHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetBudgetBurnQuery, BudgetBurn>
{
    public async Task<BudgetBurn> Handle(GetBudgetBurnQuery query, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(query.Id, user, ProjectView.Team, cancellationToken);
        var sums = (await db.Documents.AdvancedSql.QueryAsync<Sums>($"""
            SELECT json_build_object('Logged', coalesce(sum(minutes), 0),
                                     'Billable', coalesce(sum(minutes) FILTER (WHERE billable), 0),
                                     'Approved', coalesce(sum(minutes) FILTER (WHERE status = 'Approved'), 0))
            FROM {TimeSql.Entries}
            WHERE project_id = ? AND status <> 'Rejected'
            """, cancellationToken, project.Id)).Single();

        var logged = Hours(sums.Logged);
        var billable = Hours(sums.Billable);
        decimal? burned = project.HourlyRate is { } rate ? Math.Round(billable * rate, 2) : null;
        return new BudgetBurn(project.Id, project.BudgetHours, project.BudgetAmount, project.HourlyRate, logged, billable, Hours(sums.Approved), burned,
            project.BudgetHours - logged,
            project.BudgetHours is > 0 and var hours ? Math.Round(logged * 100 / hours, 1) : null,
            project.BudgetAmount is > 0 and var amount && burned is { } spent ? Math.Round(spent * 100 / amount, 1) : null);
    }

    private static decimal Hours(long minutes) => Math.Round(minutes / 60m, 2);

    private sealed record Sums(long Logged, long Billable, long Approved);
}
