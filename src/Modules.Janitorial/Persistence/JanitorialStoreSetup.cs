using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;
using OpsPlatform.Modules.Janitorial.Inspections;
using OpsPlatform.Modules.Janitorial.Inspections.Photos;
using OpsPlatform.Modules.Janitorial.Inventory;
using OpsPlatform.Modules.Janitorial.Inventory.Ledger;
using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;

namespace OpsPlatform.Modules.Janitorial.Persistence;

/// <summary>
/// The module's documents, the supply items' ledger streams with their inline projection, and an index behind every
/// filter and sort the API offers (duplicated fields, each index ending with the id tie-break) and named unique indexes.
/// </summary>
internal static class JanitorialStoreSetup
{
    public const string UniqueSiteCode = "ux_client_sites_site_code";
    public const string UniqueSiteSku = "ux_supply_items_site_sku";
    public const string UniqueFollowUp = "ux_cleaning_schedules_source_work_order_id";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueSiteCode] = ["siteCode"],
        [UniqueSiteSku] = ["siteId", "sku"],
        [UniqueFollowUp] = ["sourceWorkOrderId"],
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<ClientSite>()
            .DocumentAlias("client_site")
            .UseOptimisticConcurrency(true)
            .Duplicate(s => s.SiteCode, configure: i => { i.IsUnique = true; i.Name = UniqueSiteCode; })
            .Duplicate(s => s.SiteName, configure: i => { i.Columns = ["site_name", "id"]; i.Name = "ix_client_sites_site_name"; })
            .Duplicate(s => s.ClientName, configure: i => { i.Columns = ["client_name", "site_name", "id"]; i.Name = "ix_client_sites_client_name"; })
            .Duplicate(s => s.ServiceLevel, configure: i => { i.Columns = ["service_level", "site_name", "id"]; i.Name = "ix_client_sites_service_level"; })
            .Duplicate(s => s.Active, configure: i => { i.Columns = ["active", "site_name", "id"]; i.Name = "ix_client_sites_active"; })
            .Duplicate(s => s.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_client_sites_created_at"; })
            .GinIndexJsonData(); // the sites of a member (Members containing the user)

        options.Schema.For<CleaningSchedule>()
            .DocumentAlias("cleaning_schedule")
            .UseOptimisticConcurrency(true)
            .Duplicate(s => s.AssignedTo, configure: i => { i.Columns = ["assigned_to", "service_date", "start_time", "id"]; i.Name = "ix_cleaning_schedules_assignee"; })
            .Duplicate(s => s.StartsAt, configure: i => { i.Columns = ["assigned_to", "starts_at", "id"]; i.Name = "ix_cleaning_schedules_assignee_slot"; })
            .Duplicate(s => s.EndsAt, configure: i => { i.Columns = ["ends_at", "id"]; i.Name = "ix_cleaning_schedules_ends_at"; })
            .Duplicate(s => s.SiteId, configure: i => { i.Columns = ["site_id", "service_date", "start_time", "id"]; i.Name = "ix_cleaning_schedules_site"; })
            .Duplicate(s => s.Status, configure: i => { i.Columns = ["status", "service_date", "start_time", "id"]; i.Name = "ix_cleaning_schedules_status"; })
            .Duplicate(s => s.SeriesId, configure: i => { i.Columns = ["series_id", "service_date", "start_time", "id"]; i.Name = "ix_cleaning_schedules_series"; })
            .Duplicate(s => s.ServiceDate, configure: i => { i.Columns = ["service_date", "start_time", "id"]; i.Name = "ix_cleaning_schedules_service_date"; })
            .Duplicate(s => s.StartTime, configure: i => { i.Columns = ["start_time", "id"]; i.Name = "ix_cleaning_schedules_start_time"; })
            .Duplicate(s => s.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_cleaning_schedules_created_at"; })
            .Duplicate(s => s.SourceWorkOrderId, configure: i => { i.IsUnique = true; i.Name = UniqueFollowUp; });

        // The supply item's ledger; its document (quantity on hand included) is the projection, the stream version its concurrency check.
        foreach (var type in SupplyItemLedger.All) options.Events.AddEventType(type);
        options.Projections.Add(new SupplyItemProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<SupplyItem>()
            .DocumentAlias("supply_item")
            .Duplicate(i => i.Sku, configure: i => { i.Columns = ["site_id", "sku"]; i.IsUnique = true; i.Name = UniqueSiteSku; })
            .Duplicate(i => i.SiteId, configure: i => { i.Columns = ["site_id", "item_name", "id"]; i.Name = "ix_supply_items_site"; })
            .Duplicate(i => i.Category, configure: i => { i.Columns = ["category", "item_name", "id"]; i.Name = "ix_supply_items_category"; })
            .Duplicate(i => i.ItemName, configure: i => { i.Columns = ["item_name", "id"]; i.Name = "ix_supply_items_item_name"; })
            .Duplicate(i => i.QuantityOnHand, configure: i => { i.Columns = ["quantity_on_hand", "id"]; i.Name = "ix_supply_items_quantity"; })
            .Duplicate(i => i.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_supply_items_created_at"; })
            .Duplicate(i => i.BelowReorderLevel, configure: i => { i.Columns = ["below_reorder_level", "site_id", "item_name", "id"]; i.Name = "ix_supply_items_low_stock"; });

        options.Schema.For<SiteInspection>()
            .DocumentAlias("site_inspection")
            .UseOptimisticConcurrency(true)
            .Duplicate(i => i.SiteId, configure: i => { i.Columns = ["site_id", "inspection_date", "id"]; i.Name = "ix_site_inspections_site"; })
            .Duplicate(i => i.InspectorId, configure: i => { i.Columns = ["inspector_id", "inspection_date", "id"]; i.Name = "ix_site_inspections_inspector"; })
            .Duplicate(i => i.InspectionDate, configure: i => { i.Columns = ["inspection_date", "id"]; i.Name = "ix_site_inspections_inspection_date"; })
            .Duplicate(i => i.Score, configure: i => { i.Columns = ["score", "id"]; i.Name = "ix_site_inspections_score"; })
            .Duplicate(i => i.Passed, configure: i => { i.Columns = ["passed", "inspection_date", "id"]; i.Name = "ix_site_inspections_passed"; })
            .Duplicate(i => i.ScheduleId, configure: i => { i.Columns = ["schedule_id", "id"]; i.Name = "ix_site_inspections_schedule"; })
            .Duplicate(i => i.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_site_inspections_created_at"; });

        options.Schema.For<InspectionPhoto>()
            .DocumentAlias("inspection_photo")
            .Duplicate(p => p.InspectionId, configure: i => { i.Columns = ["inspection_id", "uploaded_at", "id"]; i.Name = "ix_inspection_photos_inspection"; })
            .Duplicate(p => p.UploadedAt, configure: i => { i.Columns = ["uploaded_at", "id"]; i.Name = "ix_inspection_photos_uploaded_at"; });

        // The missed-occurrence job scans only what is still waiting; the scorecard counts missed cleanings per site and month.
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType != typeof(CleaningSchedule)) return;
            // Written as PostgreSQL prints it back, so that the schema check at start-up sees no difference.
            mapping.Indexes.Add(new DocumentIndex(mapping, "ends_at", "id")
            {
                Name = "ix_cleaning_schedules_waiting",
                Predicate = $"((status)::text = '{ScheduleStatus.Scheduled}'::text)",
            });
            mapping.Indexes.Add(new DocumentIndex(mapping, "site_id", "service_date", "id")
            {
                Name = "ix_cleaning_schedules_site_missed",
                Predicate = $"((status)::text = '{ScheduleStatus.Missed}'::text)",
            });
        });
    }
}
