using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.History;

namespace OpsPlatform.Modules.Maintenance.Persistence;

/// <summary>
/// The module's documents, the work-order event stream with its inline projection, and an index behind every filter
/// and sort the API offers (duplicated fields, each index ending with the id tie-break), unique and full-text indexes.
/// </summary>
internal static class MaintenanceStoreSetup
{
    public const string UniqueSerialNumber = "ux_equipment_serial_number";
    public const string UniqueTechnicianUser = "ux_technicians_user_id";
    public const string UniqueSourceReference = "ux_work_orders_source_reference";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueSerialNumber] = ["serialNumber"],
        [UniqueTechnicianUser] = ["userId"],
        [UniqueSourceReference] = ["source", "sourceReference"],
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Equipment.Equipment>()
            .DocumentAlias("equipment")
            .UseOptimisticConcurrency(true)
            .Duplicate(e => e.SerialNumber, configure: i => { i.IsUnique = true; i.Name = UniqueSerialNumber; })
            .Duplicate(e => e.Name, configure: i => i.Columns = ["name", "id"])
            .Duplicate(e => e.Status, configure: i => i.Columns = ["status", "name", "id"])
            .Duplicate(e => e.Type, configure: i => i.Columns = ["type", "name", "id"])
            .Duplicate(e => e.Location, configure: i => i.Columns = ["location", "name", "id"])
            .Duplicate(e => e.SiteId, configure: i => i.Columns = ["site_id", "name", "id"])
            .Duplicate(e => e.CreatedAt, configure: i => i.Columns = ["created_at", "id"]);

        options.Schema.For<Technician>()
            .DocumentAlias("technician")
            .UseOptimisticConcurrency(true)
            .Duplicate(t => t.UserId, configure: i => { i.IsUnique = true; i.Name = UniqueTechnicianUser; })
            .Duplicate(t => t.Name, configure: i => i.Columns = ["name", "id"])
            .Duplicate(t => t.Active, configure: i => i.Columns = ["active", "name", "id"])
            .GinIndexJsonData(); // skill containment (?skill=)

        options.Schema.For<ScheduleEntry>()
            .DocumentAlias("schedule_entry")
            .UseOptimisticConcurrency(true)
            .Duplicate(e => e.TechnicianId, configure: i => i.Columns = ["technician_id", "starts_at", "id"])
            .Duplicate(e => e.WorkOrderId, configure: i => i.Columns = ["work_order_id", "starts_at", "id"])
            .Duplicate(e => e.StartsAt, configure: i => i.Columns = ["starts_at", "id"])
            .Duplicate(e => e.EndsAt, configure: i => i.Columns = ["ends_at", "id"]);

        options.Schema.For<MaintenanceLog>()
            .DocumentAlias("maintenance_log")
            .UseOptimisticConcurrency(true)
            .Duplicate(l => l.WorkOrderId, configure: i => i.Columns = ["work_order_id", "created_at", "id"])
            .Duplicate(l => l.LoggedBy, configure: i => i.Columns = ["logged_by", "created_at", "id"])
            .Duplicate(l => l.CreatedAt, configure: i => i.Columns = ["created_at", "id"]);

        options.Schema.For<PreventivePlan>()
            .DocumentAlias("preventive_plan")
            .UseOptimisticConcurrency(true)
            .Duplicate(p => p.EquipmentId, configure: i => i.Columns = ["equipment_id", "next_due_at", "id"])
            .Duplicate(p => p.Active, configure: i => i.Columns = ["active", "next_due_at", "id"])
            .Duplicate(p => p.NextDueAt, configure: i => i.Columns = ["next_due_at", "id"])
            .Duplicate(p => p.Title, configure: i => i.Columns = ["title", "id"])
            .Duplicate(p => p.CreatedAt, configure: i => i.Columns = ["created_at", "id"]);

        // The work order's stream; its document is the projection (the stream's version is its concurrency check).
        foreach (var type in WorkOrderHistory.All) options.Events.AddEventType(type);
        options.Projections.Add(new WorkOrderProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<WorkOrder>()
            .DocumentAlias("work_order")
            .Duplicate(w => w.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_work_orders_created_at"; })
            .Duplicate(w => w.UpdatedAt, configure: i => { i.Columns = ["updated_at", "id"]; i.Name = "ix_work_orders_updated_at"; })
            .Duplicate(w => w.Status, configure: i => { i.Columns = ["status", "created_at", "id"]; i.Name = "ix_work_orders_status"; })
            .Duplicate(w => w.Priority, configure: i => { i.Columns = ["priority", "created_at", "id"]; i.Name = "ix_work_orders_priority"; })
            .Duplicate(w => w.PriorityRank, configure: i => { i.Columns = ["priority_rank", "id"]; i.Name = "ix_work_orders_priority_rank"; })
            .Duplicate(w => w.EquipmentId, configure: i => { i.Columns = ["equipment_id", "created_at", "id"]; i.Name = "ix_work_orders_equipment"; })
            .Duplicate(w => w.SiteId, configure: i => { i.Columns = ["site_id", "created_at", "id"]; i.Name = "ix_work_orders_site"; })
            .Duplicate(w => w.TechnicianId, configure: i => { i.Columns = ["technician_id", "created_at", "id"]; i.Name = "ix_work_orders_technician"; })
            .Duplicate(w => w.TechnicianUserId, configure: i => { i.Columns = ["technician_user_id", "created_at", "id"]; i.Name = "ix_work_orders_technician_user"; })
            .Duplicate(w => w.RequestedBy, configure: i => { i.Columns = ["requested_by", "created_at", "id"]; i.Name = "ix_work_orders_requested_by"; })
            .Duplicate(w => w.Source, configure: i => { i.Columns = ["source", "created_at", "id"]; i.Name = "ix_work_orders_source"; })
            .Duplicate(w => w.SourceReference, configure: i => { i.Columns = ["source", "source_reference"]; i.IsUnique = true; i.Name = UniqueSourceReference; })
            .Duplicate(w => w.PreventivePlanId, configure: i => { i.Columns = ["preventive_plan_id", "created_at", "id"]; i.Name = "ix_work_orders_plan"; })
            .Duplicate(w => w.DueAt, configure: i => { i.Columns = ["due_at", "id"]; i.Name = "ix_work_orders_due_at"; })
            .Duplicate(w => w.Title, configure: i => { i.Columns = ["title", "id"]; i.Name = "ix_work_orders_title"; })
            .Duplicate(w => w.StartedAt, configure: i => i.Name = "ix_work_orders_started_at")
            .Duplicate(w => w.CompletedAt, configure: i => { i.Columns = ["completed_at", "id"]; i.Name = "ix_work_orders_completed_at"; })
            .FullTextIndex(index => { index.Name = "ix_work_orders_search"; index.RegConfig = "english"; }, w => w.Title, w => w.Description);
        // The overdue filter (due, not finished) is a range on a partial index.
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType != typeof(WorkOrder)) return;
            // Written as PostgreSQL prints it back, so that the schema check at start-up sees no difference.
            var finished = Enum.GetValues<WorkOrderStatus>().Except(WorkOrder.Unfinished).Select(status => $"('{status}'::character varying)::text");
            mapping.Indexes.Add(new DocumentIndex(mapping, "due_at", "id")
            {
                Name = "ix_work_orders_overdue",
                Predicate = $"(due_at IS NOT NULL) AND ((status)::text <> ALL (ARRAY[{string.Join(", ", finished)}]))",
            });
        });
    }
}
