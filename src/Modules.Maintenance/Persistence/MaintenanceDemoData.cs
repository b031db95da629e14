using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <summary>
/// Three pieces of equipment, two technicians (one is the demo technician account), work orders in several states
/// (a member's request, open, in progress with a log and a booking, completed), and a monthly preventive plan.
/// Each part is written only into an empty store.
/// </summary>
internal sealed class MaintenanceDemoData(MaintenanceSession db, TimeProvider clock) : IDemoDataSeeder
{
    public async Task SeedAsync(DemoUsers users, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<Equipment.Equipment>().AnyAsync(cancellationToken))
        {
            db.Insert(Equipment.Equipment.Register("Rooftop HVAC unit 1", "hvac", "HVAC-0001", "Building A roof"));
            db.Insert(Equipment.Equipment.Register("Freight elevator", "elevator", "ELV-0002", "Building A core"));
            db.Insert(Equipment.Equipment.Register("Boiler", "boiler", "BLR-0003", "Building B basement"));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (await db.Documents.Query<Technician>().AnyAsync(cancellationToken)) return;

        var now = clock.GetUtcNow();
        var equipment = (await db.Documents.Query<Equipment.Equipment>().ToListAsync(cancellationToken)).ToDictionary(e => e.SerialNumber);
        var (hvac, elevator, boiler) = (equipment["HVAC-0001"], equipment["ELV-0002"], equipment["BLR-0003"]);
        WeeklyHours[] weekdays = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WeeklyHours(day, new TimeOnly(8, 0), new TimeOnly(16, 0)))];
        var tess = Technician.Register("Tess Technician", users.Technician, [new TechnicianSkill("hvac", 4), new TechnicianSkill("electrical", 3)], weekdays, []);
        var bo = Technician.Register("Bo Boilers", null, [new TechnicianSkill("plumbing", 5), new TechnicianSkill("boiler", 4)], weekdays, []);
        db.Insert(tess);
        db.Insert(bo);

        var manual = new WorkOrderOrigin(WorkOrderSource.Manual, null, users.Manager);
        var request = WorkOrder.Raise("Elevator door sticks", "The freight elevator door on level 2 closes slowly.", WorkOrderPriority.Medium,
            elevator.Id, null, now.AddDays(5), [], new WorkOrderOrigin(WorkOrderSource.Request, null, users.Member), now);
        var open = WorkOrder.Raise("Boiler pressure low", "Pressure gauge reads 0.6 bar; top up and check for leaks.", WorkOrderPriority.High,
            boiler.Id, null, now.AddDays(2), ["boiler"], manual, now);
        var inProgress = WorkOrder.Raise("HVAC unit noisy", "Rattling from the rooftop unit fan.", WorkOrderPriority.Urgent,
            hvac.Id, null, now.AddDays(1), ["hvac"], manual, now);
        inProgress.Assign(tess, users.Manager, false, now);
        inProgress.MoveTo(WorkOrderStatus.InProgress, users.Technician, false, null, now);
        var completed = WorkOrder.Raise("Replace HVAC filter", "Quarterly filter change.", WorkOrderPriority.Low,
            hvac.Id, null, now.AddDays(-1), ["hvac"], manual, now.AddDays(-3));
        completed.Assign(tess, users.Manager, false, now.AddDays(-3));
        completed.MoveTo(WorkOrderStatus.InProgress, users.Technician, false, null, now.AddDays(-2));
        completed.MoveTo(WorkOrderStatus.Completed, users.Technician, false, null, now.AddDays(-2).AddHours(1));
        foreach (var workOrder in new[] { request, open, inProgress, completed })
            db.Documents.Events.StartStream<WorkOrder>(workOrder.Id, workOrder.TakeEvents());
        db.Insert(MaintenanceLog.Write(inProgress, "Fan blade loose; tightened, ordering a replacement.", 40, users.Technician));

        var nextWorkday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        while (nextWorkday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) nextWorkday = nextWorkday.AddDays(1);
        var nine = new DateTimeOffset(nextWorkday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        db.Insert(ScheduleEntry.Book(inProgress, tess, nine, nine.AddHours(2), [], users.Manager, false));

        var plan = PreventivePlan.Create(hvac.Id, "Monthly HVAC inspection", "Check belts, filters and refrigerant pressure.", WorkOrderPriority.Medium,
            ["hvac"], 1, IntervalUnit.Months, DueMode.Fixed, 3, now.AddDays(10), users.Manager, now);
        db.Insert(plan);
        db.Reschedule(plan, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
