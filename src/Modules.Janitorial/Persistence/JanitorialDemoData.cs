using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Inventory;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <summary>
/// Three client sites with the demo technician, inspector and client assigned, a weekly and a daily plan, stock with one
/// item below its reorder level, and a few inspections (one failed). Written once, into an empty store, without integration events (each supply item opens its ledger).
/// </summary>
internal sealed class JanitorialDemoData(JanitorialSession db) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Documents.Query<ClientSite>().AnyAsync(cancellationToken)) return;
        var now = db.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var hq = ClientSite.Create(new SiteDefinition("Acme Headquarters", "ACME-HQ", "1 Market Street, Springfield", "Acme Corp",
            ServiceLevel.Premium, users.Client, null, ClientSeesInspections: true, "UTC"));
        var warehouse = ClientSite.Create(new SiteDefinition("Acme Warehouse", "ACME-WH", "40 Dock Road, Springfield", "Acme Corp",
            ServiceLevel.Standard, users.Client, null, ClientSeesInspections: false, "UTC"));
        var clinic = ClientSite.Create(new SiteDefinition("Globex Clinic", "GLBX-CL", "7 Elm Avenue, Shelbyville", "Globex",
            ServiceLevel.Basic, users.Manager, null, ClientSeesInspections: false, "UTC"));
        foreach (var site in new[] { hq, warehouse, clinic }) site.Assign(users.Technician, SiteRole.Technician, now);
        foreach (var site in new[] { hq, warehouse }) site.Assign(users.Inspector, SiteRole.Inspector, now);
        foreach (var site in new[] { hq, warehouse }) site.Assign(users.Client, SiteRole.Client, now);
        foreach (var site in new[] { hq, warehouse, clinic }) db.Insert(site);

        var weekly = CleaningSchedule.Plan(hq, users.Technician, today.AddDays(1), new TimeOnly(6, 0), new TimeOnly(8, 0), Frequency.Weekly,
            today.AddDays(56), "Lobby, restrooms, kitchens");
        var daily = CleaningSchedule.Plan(warehouse, users.Technician, today.AddDays(1), new TimeOnly(9, 0), new TimeOnly(11, 0), Frequency.Daily,
            today.AddDays(14), "Loading bays and break room");
        var once = CleaningSchedule.Plan(clinic, users.Technician, today.AddDays(2), new TimeOnly(13, 0), new TimeOnly(15, 0), Frequency.Once,
            null, "Deep clean of the waiting room");
        foreach (var occurrence in weekly.Concat(daily).Concat(once)) db.Insert(occurrence);

        SupplyItem[] stock =
        [
            SupplyItem.Add(hq.Id, "Floor cleaner", "CHEM-FLR-5L", "chemicals", 12, 4, "can", 18.50m, now),
            SupplyItem.Add(hq.Id, "Paper towels", "PAPR-TWL-24", "paper", 3, 10, "case", 32.00m, now),
            SupplyItem.Add(warehouse.Id, "Trash bags 120 l", "BAGS-120", "consumables", 40, 15, "roll", 6.75m, now),
            SupplyItem.Add(clinic.Id, "Disinfectant", "CHEM-DSF-1L", "chemicals", 20, 6, "bottle", 9.90m, now),
        ];
        foreach (var item in stock) db.Documents.Events.StartStream<SupplyItem>(item.Id, item.TakeEvents());

        SiteInspection[] inspections =
        [
            SiteInspection.Record(hq, null, users.Inspector, new InspectionFindings(today.AddDays(-20), 94, "Spotless lobby", null, null), today),
            SiteInspection.Record(hq, null, users.Inspector, new InspectionFindings(today.AddDays(-6), 82, "Restroom mirrors streaked", "Re-polish mirrors", null), today),
            SiteInspection.Record(warehouse, null, users.Inspector,
                new InspectionFindings(today.AddDays(-3), 64, "Break room bins overflowing", "Empty bins twice per shift", "https://photos.example.com/acme-wh/break-room.jpg"), today),
        ];
        foreach (var inspection in inspections) db.Insert(inspection);

        await db.SaveChangesAsync(cancellationToken);
    }
}
