using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Modules.Psa.Documents;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Modules.Psa.Time;

namespace OpsPlatform.Modules.Psa.Tests.Persistence;

/// <summary>The queries the lists send, explained with sequential scans and sorts off: each filter reads its index in the list's order.</summary>
public sealed class PsaIndexTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_task_board_filters_read_their_indexes()
    {
        var project = Guid.NewGuid();
        var today = new DateOnly(2026, 3, 1);

        (await PlanOf<ProjectTask>(q => q.Where(t => t.ProjectId == project).OrderBy(t => t.DueOn).ThenBy(t => t.Id))).ShouldContain("ix_tasks_project");
        (await PlanOf<ProjectTask>(q => q.Where(t => t.DueOn != null && t.DueOn < today && t.Status != ProjectTaskStatus.Done).OrderBy(t => t.DueOn).ThenBy(t => t.Id)))
            .ShouldContain("ix_tasks_overdue");
    }

    [Fact]
    public async Task The_access_log_is_read_per_document_and_per_person_from_its_indexes()
    {
        var id = Guid.NewGuid();

        (await PlanOf<DocumentAccessEntry>(q => q.Where(e => e.DocumentId == id).OrderByDescending(e => e.AccessedAt).ThenByDescending(e => e.Id)))
            .ShouldContain("ix_document_access_document");
        (await PlanOf<DocumentAccessEntry>(q => q.Where(e => e.UserId == id).OrderByDescending(e => e.AccessedAt).ThenByDescending(e => e.Id)))
            .ShouldContain("ix_document_access_user");
        (await PlanOf<TimeEntry>(q => q.Where(e => e.ProjectId == id).OrderBy(e => e.Date).ThenBy(e => e.Id))).ShouldContain("ix_time_entries_project");
    }

    private async Task<string> PlanOf<T>(Func<IQueryable<T>, IQueryable<T>> query) where T : notnull
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PsaSession>();
        var command = query(db.Documents.Query<T>()).Take(21).ToCommand(FetchType.FetchMany);
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_sort = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN {command.CommandText}", connection);
        foreach (var parameter in command.Parameters.Select(p => p.Clone())) explain.Parameters.Add(parameter);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }
}
