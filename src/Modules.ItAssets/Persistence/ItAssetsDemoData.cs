using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Assignments;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>
/// Hardware at each lifecycle stage, two laptops checked out (one overdue), licenses of each model with seats (one
/// expired but in use, one ending within a month), and a maintenance record, so that the lists, "my assets", "my
/// licenses" and the compliance report have something to show. Product keys are fake and encrypted like real ones.
/// </summary>
internal sealed class ItAssetsDemoData(ItAssetsSession db, ProductKeyProtector keys, ExpiryReminders reminders, TimeProvider clock) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (await db.Documents.Query<HardwareAsset>().AnyAsync(cancellationToken)) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var admin = users.Manager;

        var technicianLaptop = Register("LT-0001", "ThinkPad T14", "Lenovo", HardwareCategory.Laptop, "PF3XK21", "HQ 2nd floor", today.AddMonths(-8), 1450m, today.AddMonths(28));
        var managerLaptop = Register("LT-0002", "MacBook Air 13", "Apple", HardwareCategory.Laptop, "C02ZK1", "HQ 3rd floor", today.AddMonths(-20), 1299m, today.AddDays(25));
        var server = Register("SRV-0001", "File server", "Dell", HardwareCategory.Server, "SRV9921", "Server room", today.AddYears(-3), 6400m, today.AddMonths(-1));
        var spare = Register("MON-0001", "27\" monitor", "Dell", HardwareCategory.Monitor, "MN27-771", "Store room", today.AddMonths(-2), 320m, today.AddYears(3));
        var ordered = HardwareAsset.Register(Fields("LT-0003", "ThinkPad X1 Carbon", "Lenovo", HardwareCategory.Laptop, null, null, null, 1890m, null),
            LifecycleStage.Ordered, HardwareStatus.Pending, admin, now);
        var old = Register("PH-0001", "Desk phone", "Cisco", HardwareCategory.Phone, "CP-7841", "Store room", today.AddYears(-6), 180m, today.AddYears(-3));
        old.MoveTo(LifecycleStage.Retired, admin, "Replaced by softphones", now);

        CheckOut(technicianLaptop, users.Technician, null, today.AddMonths(6), admin, now);
        CheckOut(managerLaptop, users.Manager, null, today.AddDays(-3), admin, now.AddDays(-30));
        CheckOut(server, null, "Server room rack 2", null, admin, now);

        foreach (var asset in new[] { technicianLaptop, managerLaptop, server, spare, ordered, old })
        {
            db.Insert(asset);
            reminders.RescheduleReminders(db, asset, now);
        }

        var office = License("Microsoft 365 E3", "Microsoft", "DEMO1-OFFIC-E3KEY-00001", LicenseModel.Subscription, BillingPeriod.Monthly, 10, 23m, today.AddMonths(11));
        var adobe = License("Acrobat Pro", "Adobe", "DEMO2-ACRBT-PROKY-00002", LicenseModel.PerSeat, null, 2, 180m, today.AddDays(20));
        var legacy = License("Visio 2016", "Microsoft", "DEMO3-VISIO-2016K-00003", LicenseModel.PerSeat, null, 3, 300m, today.AddDays(-15));
        var antivirus = License("Endpoint protection", "Acme Security", null, LicenseModel.PerSite, null, null, null, today.AddYears(1));
        Seat(office, users.Technician, null);
        Seat(office, users.Manager, null);
        Seat(office, users.Member, null);
        Seat(adobe, users.Manager, null);
        Seat(legacy, users.Technician, null);
        Seat(antivirus, null, server.Id);
        foreach (var license in new[] { office, adobe, legacy, antivirus })
        {
            db.Insert(license);
            reminders.RescheduleReminders(db, license, now);
        }
        db.Insert(ItMaintenanceRecord.Done(server.Id, server.AssetTag, MaintenanceKind.Upgrade, today.AddMonths(-2), "Added two 4 TB disks", 410m, "Dell", admin, now));
        await db.SaveChangesAsync(cancellationToken);

        SoftwareLicense License(string product, string vendor, string? key, LicenseModel model, BillingPeriod? period, int? seats, decimal? cost, DateOnly expires) =>
            SoftwareLicense.Create(new LicenseFields(product, vendor, model, period, seats, cost, today.AddYears(-1), expires, null), keys.Protect(key), now);

        void Seat(SoftwareLicense license, Guid? user, Guid? device)
        {
            license.TakeSeat();
            db.Insert(LicenseSeat.Assign(license.Id, user, device, admin, now));
        }

        HardwareAsset Register(string tag, string name, string maker, HardwareCategory category, string serial, string location,
            DateOnly bought, decimal cost, DateOnly warranty) =>
            HardwareAsset.Register(Fields(tag, name, maker, category, serial, location, bought, cost, warranty), LifecycleStage.InStock, HardwareStatus.Ready, admin, now);
    }

    private static HardwareFields Fields(string tag, string name, string maker, HardwareCategory category, string? serial, string? location,
        DateOnly? bought, decimal cost, DateOnly? warranty) =>
        new(tag, name, name, maker, category, serial, location, bought, cost, "Acme IT Supplies", warranty, null);

    private void CheckOut(HardwareAsset asset, Guid? user, string? location, DateOnly? due, Guid actor, DateTimeOffset at)
    {
        var assignment = Assignment.Open(asset.Id, asset.AssetTag, asset.Name, user, location, due, "Demo hand-out", actor, at);
        asset.CheckOut(assignment.Id, user, location, actor, at, null);
        db.Insert(assignment);
    }
}
