using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Psa.Persistence;

internal sealed class PsaDemoData(PsaSession db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Documents.Query<Project>().AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Project[] projects =
        [
            Project.Create("ACME-ERP", "ERP rollout", "Acme Corp", "Finance and inventory modules go-live.", users.Manager, today.AddDays(-30), today.AddDays(60)),
            Project.Create("GLOBEX-SEC", "Security review", "Globex", "Annual security assessment.", users.Manager, today, today.AddDays(21)),
            Project.Create("INIT-OPS", "Ops handbook", "Initech", "Write the operations handbook.", users.Member, null, null),
        ];
        foreach (var project in projects) db.Insert(project);
        await db.SaveChangesAsync(cancellationToken);
    }
}
