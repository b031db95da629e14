using JasperFx.Events.Projections;
using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
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

    // Marten 9 gives each duplicated field an index on that column alone (a Columns set in Duplicate's configure is
    // ignored), so the indexes the lists use are added on the documents below, each ending with the id tie-break.
    private static readonly Dictionary<Type, Dictionary<string, string[]>> Composite = new()
    {
        [typeof(ClientSite)] = new()
        {
            ["ix_client_sites_site_name"] = ["site_name", "id"],
            ["ix_client_sites_client_name"] = ["client_name", "site_name", "id"],
            ["ix_client_sites_service_level"] = ["service_level", "site_name", "id"],
            ["ix_client_sites_active"] = ["active", "site_name", "id"],
            ["ix_client_sites_created_at"] = ["created_at", "id"],
        },
        [typeof(CleaningSchedule)] = new()
        {
            ["ix_cleaning_schedules_assignee"] = ["assigned_to", "service_date", "start_time", "id"],
            ["ix_cleaning_schedules_assignee_slot"] = ["assigned_to", "starts_at", "id"],
            ["ix_cleaning_schedules_site"] = ["site_id", "service_date", "start_time", "id"],
            ["ix_cleaning_schedules_status"] = ["status", "service_date", "start_time", "id"],
            ["ix_cleaning_schedules_series"] = ["series_id", "service_date", "start_time", "id"],
            ["ix_cleaning_schedules_service_date"] = ["service_date", "start_time", "id"],
            ["ix_cleaning_schedules_start_time"] = ["start_time", "id"],
            ["ix_cleaning_schedules_created_at"] = ["created_at", "id"],
        },
        [typeof(SupplyItem)] = new()
        {
            ["ix_supply_items_site"] = ["site_id", "item_name", "id"],
            ["ix_supply_items_category"] = ["category", "item_name", "id"],
            ["ix_supply_items_item_name"] = ["item_name", "id"],
            ["ix_supply_items_quantity"] = ["quantity_on_hand", "id"],
            ["ix_supply_items_created_at"] = ["created_at", "id"],
            ["ix_supply_items_low_stock"] = ["below_reorder_level", "site_id", "item_name", "id"],
            ["ix_supply_items_low_stock_name"] = ["below_reorder_level", "item_name", "id"],
            ["ix_supply_items_low_stock_quantity"] = ["below_reorder_level", "quantity_on_hand", "id"],
        },
        [typeof(SiteInspection)] = new()
        {
            ["ix_site_inspections_site"] = ["site_id", "inspection_date", "id"],
            ["ix_site_inspections_inspector"] = ["inspector_id", "inspection_date", "id"],
            ["ix_site_inspections_inspection_date"] = ["inspection_date", "id"],
            ["ix_site_inspections_score"] = ["score", "id"],
            ["ix_site_inspections_passed"] = ["passed", "inspection_date", "id"],
            ["ix_site_inspections_schedule"] = ["schedule_id", "id"],
            ["ix_site_inspections_created_at"] = ["created_at", "id"],
        },
        [typeof(InspectionPhoto)] = new()
        {
            ["ix_inspection_photos_inspection"] = ["inspection_id", "uploaded_at", "id"],
            ["ix_inspection_photos_uploaded_at"] = ["uploaded_at", "id"],
        },
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<ClientSite>()
            .DocumentAlias("client_site")
            .UseOptimisticConcurrency(true)
            .Duplicate(s => s.SiteCode, configure: i => { i.IsUnique = true; i.Name = UniqueSiteCode; })
            .Duplicate(s => s.SiteName)
            .Duplicate(s => s.ClientName)
            .Duplicate(s => s.ServiceLevel)
            .Duplicate(s => s.Active)
            .Duplicate(s => s.CreatedAt)
            .GinIndexJsonData(); // the sites of a member (Members containing the user)

        options.Schema.For<CleaningSchedule>()
            .DocumentAlias("cleaning_schedule")
            .UseOptimisticConcurrency(true)
            .Duplicate(s => s.AssignedTo)
            .Duplicate(s => s.StartsAt)
            .Duplicate(s => s.EndsAt)
            .Duplicate(s => s.SiteId)
            .Duplicate(s => s.Status)
            .Duplicate(s => s.SeriesId)
            .Duplicate(s => s.ServiceDate)
            .Duplicate(s => s.StartTime)
            .Duplicate(s => s.CreatedAt)
            .Duplicate(s => s.SourceWorkOrderId, configure: i => { i.IsUnique = true; i.Name = UniqueFollowUp; });

        // The supply item's ledger; its document (quantity on hand included) is the projection, the stream version its concurrency check.
        foreach (var type in SupplyItemLedger.All) options.Events.AddEventType(type);
        options.Projections.Add(new StreamProjection<SupplyItem, SupplyItemLedger.IEvent>(SupplyItem.Empty), ProjectionLifecycle.Inline);
        options.Schema.For<SupplyItem>()
            .DocumentAlias("supply_item")
            .Duplicate(i => i.SiteId)
            .UniqueIndex(UniqueIndexType.DuplicatedField, UniqueSiteSku, i => i.SiteId, i => i.Sku)
            .Duplicate(i => i.Category)
            .Duplicate(i => i.ItemName)
            .Duplicate(i => i.QuantityOnHand)
            .Duplicate(i => i.CreatedAt)
            .Duplicate(i => i.BelowReorderLevel);

        options.Schema.For<SiteInspection>()
            .DocumentAlias("site_inspection")
            .UseOptimisticConcurrency(true)
            .Duplicate(i => i.SiteId)
            .Duplicate(i => i.InspectorId)
            .Duplicate(i => i.InspectionDate)
            .Duplicate(i => i.Score)
            .Duplicate(i => i.Passed)
            .Duplicate(i => i.ScheduleId)
            .Duplicate(i => i.CreatedAt);

        options.Schema.For<InspectionPhoto>()
            .DocumentAlias("inspection_photo")
            .Duplicate(p => p.InspectionId)
            .Duplicate(p => p.UploadedAt);

        // The missed-occurrence job scans only what is still waiting; the scorecard counts missed cleanings per site and month.
        options.Policies.ForAllDocuments(mapping =>
        {
            foreach (var (name, columns) in Composite.GetValueOrDefault(mapping.DocumentType) ?? [])
                mapping.Indexes.Add(new DocumentIndex(mapping, columns) { Name = name });
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
