using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Modules.Psa.StatusUpdates;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Modules.Psa.Time;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Psa.Persistence;

/// <summary>
/// Three projects run by the demo manager (one active with the demo member on the team and the demo client as its
/// viewer, with tasks, logged time and a status update), written only into an empty store.
/// </summary>
internal sealed class PsaDemoData(PsaSession db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Documents.Query<Project>().AnyAsync(cancellationToken)) return;
        var now = db.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var erp = Project.Create("ACME-ERP",
            new ProjectDefinition("ERP rollout", "Acme Corp", "Finance and inventory modules go-live.", today.AddDays(-30), today.AddDays(60), 400, 60_000, 150),
            users.Manager);
        erp.AddMember(users.Member, ProjectRole.Member, now);
        erp.AddMember(users.Client, ProjectRole.ClientViewer, now);
        erp.MoveTo(ProjectStatus.Active, users.Manager, "Kick-off held.", now);
        Project[] projects =
        [
            erp,
            Project.Create("GLOBEX-SEC", new ProjectDefinition("Security review", "Globex", "Annual security assessment.", today, today.AddDays(21), 80, 12_000, 150), users.Manager),
            Project.Create("INIT-OPS", new ProjectDefinition("Ops handbook", "Initech", "Write the operations handbook.", null, null, null, null, null), users.Manager),
        ];
        foreach (var project in projects) db.Insert(project);

        var tasks = new[]
        {
            ProjectTask.Create(erp, new TaskDefinition("Map the chart of accounts", null, users.Member, today.AddDays(-2), TaskPriority.High, 16)),
            ProjectTask.Create(erp, new TaskDefinition("Migrate open purchase orders", null, users.Member, today.AddDays(1), TaskPriority.Urgent, 24)),
            ProjectTask.Create(erp, new TaskDefinition("Train the warehouse team", null, users.Manager, today.AddDays(30), TaskPriority.Normal, 8)),
        };
        tasks[0].MoveTo(ProjectTaskStatus.InProgress, now);
        foreach (var task in tasks)
        {
            db.Insert(task);
            db.RescheduleDueSoon(task, now);
        }
        db.Insert(TimeEntry.Log(users.Member, erp.Id, tasks[0].Id, today.AddDays(-1), 240, "Mapping workshop", true));
        db.Insert(TimeEntry.Log(users.Member, erp.Id, null, today, 90, "Project meeting", false));
        db.Insert(StatusUpdate.Post(erp.Id, "Finance module configured; inventory data migration starts this week.", Health.OnTrack, users.Manager, now,
            new ProgressSnapshot(0, tasks.Length, 5.5m, erp.BudgetHours)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
