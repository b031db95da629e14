using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence;
using OpsPlatform.Modules.Maintenance.WorkOrders.History;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

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
            .Duplicate(e => e.Name)
            .Duplicate(e => e.Status)
            .Duplicate(e => e.Type)
            .Duplicate(e => e.Location)
            .Duplicate(e => e.SiteId)
            .Duplicate(e => e.CreatedAt);

        options.Schema.For<Technician>()
            .DocumentAlias("technician")
            .UseOptimisticConcurrency(true)
            .Duplicate(t => t.UserId, configure: i => { i.IsUnique = true; i.Name = UniqueTechnicianUser; })
            .Duplicate(t => t.Name)
            .Duplicate(t => t.Active)
            .GinIndexJsonData(); // skill containment (?skill=)

        options.Schema.For<ScheduleEntry>()
            .DocumentAlias("schedule_entry")
            .UseOptimisticConcurrency(true)
            .Duplicate(e => e.TechnicianId)
            .Duplicate(e => e.WorkOrderId)
            .Duplicate(e => e.StartsAt)
            .Duplicate(e => e.EndsAt);

        options.Schema.For<MaintenanceLog>()
            .DocumentAlias("maintenance_log")
            .UseOptimisticConcurrency(true)
            .Duplicate(l => l.WorkOrderId)
            .Duplicate(l => l.LoggedBy)
            .Duplicate(l => l.CreatedAt);

        options.Schema.For<PreventivePlan>()
            .DocumentAlias("preventive_plan")
            .UseOptimisticConcurrency(true)
            .Duplicate(p => p.EquipmentId)
            .Duplicate(p => p.Active)
            .Duplicate(p => p.NextDueAt)
            .Duplicate(p => p.Title)
            .Duplicate(p => p.CreatedAt);

        options.Schema.For<WorkOrderEvidence>()
            .DocumentAlias("work_order_evidence")
            .Duplicate(e => e.WorkOrderId)
            .Duplicate(e => e.Kind)
            .Duplicate(e => e.UploadedAt);

        // The work order's stream; its document is the projection (the stream's version is its concurrency check).
        foreach (var type in WorkOrderHistory.All) options.Events.AddEventType(type);
        options.Projections.Add(new StreamProjection<WorkOrder, WorkOrderHistory.IEvent>(WorkOrder.Empty), ProjectionLifecycle.Inline);
        // A status change rewrites the row with new entries in every index (status is indexed, so no HOT update): the
        // columns carry only the indexes below, not Marten's single-column one per duplicated field beside them.
        options.DuplicateWithoutIndex<WorkOrder>(
            w => w.CreatedAt, w => w.UpdatedAt, w => w.Status, w => w.Priority, w => w.PriorityRank, w => w.EquipmentId, w => w.SiteId,
            w => w.TechnicianId, w => w.TechnicianUserId, w => w.RequestedBy, w => w.PreventivePlanId, w => w.DueAt, w => w.Title,
            w => w.StartedAt, w => w.CompletedAt);
        options.Schema.For<WorkOrder>()
            .DocumentAlias("work_order")
            .UniqueIndex(UniqueIndexType.DuplicatedField, UniqueSourceReference, w => w.Source, w => w.SourceReference!)
            .FullTextIndex(index => { index.Name = "ix_work_orders_search"; index.RegConfig = "english"; }, w => w.Title, w => w.Description);
        // Each filter's index ends with the default sort and the id tie-break.
        options.Index<Equipment.Equipment>("ix_equipment_name", ["name", "id"]);
        options.Index<Equipment.Equipment>("ix_equipment_status", ["status", "name", "id"]);
        options.Index<Equipment.Equipment>("ix_equipment_type", ["type", "name", "id"]);
        options.Index<Equipment.Equipment>("ix_equipment_location", ["location", "name", "id"]);
        options.Index<Equipment.Equipment>("ix_equipment_site_id", ["site_id", "name", "id"]);
        options.Index<Equipment.Equipment>("ix_equipment_created_at", ["created_at", "id"]);
        options.Index<Technician>("ix_technicians_name", ["name", "id"]);
        options.Index<Technician>("ix_technicians_active", ["active", "name", "id"]);
        options.Index<ScheduleEntry>("ix_schedule_entries_technician_id", ["technician_id", "starts_at", "id"]);
        options.Index<ScheduleEntry>("ix_schedule_entries_work_order_id", ["work_order_id", "starts_at", "id"]);
        options.Index<ScheduleEntry>("ix_schedule_entries_starts_at", ["starts_at", "id"]);
        options.Index<ScheduleEntry>("ix_schedule_entries_ends_at", ["ends_at", "id"]);
        options.Index<MaintenanceLog>("ix_maintenance_logs_work_order_id", ["work_order_id", "created_at", "id"]);
        options.Index<MaintenanceLog>("ix_maintenance_logs_logged_by", ["logged_by", "created_at", "id"]);
        options.Index<MaintenanceLog>("ix_maintenance_logs_created_at", ["created_at", "id"]);
        options.Index<WorkOrderEvidence>("ix_work_order_evidence_work_order", ["work_order_id", "uploaded_at", "id"]);
        options.Index<WorkOrderEvidence>("ix_work_order_evidence_kind", ["work_order_id", "kind", "uploaded_at", "id"]);
        options.Index<PreventivePlan>("ix_preventive_plans_equipment_id", ["equipment_id", "next_due_at", "id"]);
        options.Index<PreventivePlan>("ix_preventive_plans_active", ["active", "next_due_at", "id"]);
        options.Index<PreventivePlan>("ix_preventive_plans_next_due_at", ["next_due_at", "id"]);
        options.Index<PreventivePlan>("ix_preventive_plans_title", ["title", "id"]);
        options.Index<PreventivePlan>("ix_preventive_plans_created_at", ["created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_created_at", ["created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_updated_at", ["updated_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_status", ["status", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_priority", ["priority", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_priority_rank", ["priority_rank", "id"]);
        options.Index<WorkOrder>("ix_work_orders_equipment", ["equipment_id", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_site", ["site_id", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_technician", ["technician_id", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_technician_user", ["technician_user_id", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_requested_by", ["requested_by", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_source", ["source", "created_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_due_at", ["due_at", "id"]);
        options.Index<WorkOrder>("ix_work_orders_title", ["title", "id"]);
        options.Index<WorkOrder>("ix_work_orders_completed_at", ["completed_at", "id"]);
        // The overdue filter (due, not finished) is a range on a partial index, its predicate written as PostgreSQL
        // prints it back so that the schema check at start-up sees no difference.
        var finished = Enum.GetValues<WorkOrderStatus>().Except(WorkOrder.Unfinished).Select(status => $"('{status}'::character varying)::text");
        options.Index<WorkOrder>("ix_work_orders_overdue", ["due_at", "id"],
            $"(due_at IS NOT NULL) AND ((status)::text <> ALL (ARRAY[{string.Join(", ", finished)}]))");
    }
}
