using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time.GetUtilization;

/// <summary>Managers see everyone's utilization; anyone else only their own (another person is not found).</summary>
internal sealed class GetUtilizationHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetUtilizationQuery, IReadOnlyList<WeeklyUtilization>>
{
    public async Task<IReadOnlyList<WeeklyUtilization>> Handle(GetUtilizationQuery query, CancellationToken cancellationToken)
    {
        var person = query.UserId ?? (user.IsManager ? null : user.Id);
        if (!user.IsManager && person != user.Id) throw new NotFoundException("Person", person!);
        var from = query.From!.Value;
        var to = from.AddDays(7 * ((query.Weeks ?? 1) - 1));
        object[] parameters = person is { } one ? [from, to, one] : [from, to];
        var rows = await db.Documents.AdvancedSql.QueryAsync<Row>($"""
            SELECT json_build_object('UserId', user_id, 'WeekStart', week_start, 'Logged', sum(minutes),
                                     'Billable', coalesce(sum(minutes) FILTER (WHERE billable), 0))
            FROM {TimeSql.Entries}
            WHERE week_start BETWEEN ? AND ? AND status <> 'Rejected' {(person is null ? "" : "AND user_id = ?")}
            GROUP BY user_id, week_start
            ORDER BY week_start, user_id
            """, cancellationToken, parameters);

        var people = rows.Select(r => r.UserId).Distinct().ToArray();
        var capacities = people.Length == 0
            ? new Dictionary<Guid, decimal>()
            : (await db.Documents.LoadManyAsync<WeeklyCapacity>(cancellationToken, people)).ToDictionary(c => c.Id, c => c.Hours);
        return rows.Select(r =>
        {
            var capacity = capacities.GetValueOrDefault(r.UserId, WeeklyCapacity.DefaultHours);
            var logged = Math.Round(r.Logged / 60m, 2);
            var billable = Math.Round(r.Billable / 60m, 2);
            return new WeeklyUtilization(r.UserId, r.WeekStart, logged, billable, capacity,
                capacity > 0 ? Math.Round(logged * 100 / capacity, 1) : null,
                capacity > 0 ? Math.Round(billable * 100 / capacity, 1) : null);
        }).ToList();
    }

    private sealed record Row(Guid UserId, DateOnly WeekStart, long Logged, long Billable);
}
