using OpsPlatform.Identity.Contracts;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Psa.Persistence;

internal sealed class PsaDemoData(PsaDbContext db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(cancellationToken)) return;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.Projects.AddRange(
            Project.Create("ACME-ERP", "ERP rollout", "Acme Corp", "Finance and inventory modules go-live.", users.Manager, today.AddDays(-30), today.AddDays(60)),
            Project.Create("GLOBEX-SEC", "Security review", "Globex", "Annual security assessment.", users.Manager, today, today.AddDays(21)),
            Project.Create("INIT-OPS", "Ops handbook", "Initech", "Write the operations handbook.", users.Member, null, null));
        await db.SaveChangesAsync(cancellationToken);
    }
}
