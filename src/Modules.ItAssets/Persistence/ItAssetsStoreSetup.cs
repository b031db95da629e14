using Marten;
using OpsPlatform.Modules.ItAssets.Assignments;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords;
using OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>The module's documents, their unique indexes (named in a duplicate's 409) and the indexes behind every filter and sort the API offers.</summary>
internal static class ItAssetsStoreSetup
{
    public const string UniqueAssetTag = "ux_hardware_asset_tag";
    public const string UniqueSerialNumber = "ux_hardware_serial_number";
    public const string UniqueOpenAssignment = "ux_assignments_open_hardware";
    public const string UniqueActiveSeat = "ux_license_seats_active_holder";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueAssetTag] = ["assetTag"],
        [UniqueSerialNumber] = ["serialNumber"],
        [UniqueOpenAssignment] = ["hardwareId"],
        [UniqueActiveSeat] = ["userId", "hardwareId"],
    };

    public static void Configure(StoreOptions options)
    {
        // Columns that lead one of the composite indexes below carry no single-column index of their own: it would only
        // cost every check-out and check-in one more index write.
        options.DuplicateWithoutIndex<HardwareAsset>(
            h => h.Name, h => h.Stage, h => h.Status, h => h.Category, h => h.Location, h => h.AssignedTo, h => h.CreatedAt, h => h.PurchasedOn,
            h => h.WarrantyEndsOn);
        options.Schema.For<HardwareAsset>()
            .DocumentAlias("hardware")
            .UseOptimisticConcurrency(true)
            .Duplicate(h => h.AssetTag, configure: i => { i.IsUnique = true; i.Name = UniqueAssetTag; })
            .Duplicate(h => h.SerialNumber, configure: i => { i.IsUnique = true; i.Name = UniqueSerialNumber; })
            .FullTextIndex(index => { index.Name = "ix_hardware_search"; index.RegConfig = "simple"; },
                h => h.AssetTag, h => h.Name, h => h.Model!, h => h.Manufacturer!, h => h.SerialNumber!);

        options.DuplicateWithoutIndex<Assignment>(a => a.HardwareId, a => a.AssignedTo, a => a.CheckedOutAt, a => a.ExpectedReturnOn, a => a.OpenDueOn);
        options.Schema.For<Assignment>()
            .DocumentAlias("assignment")
            .UseOptimisticConcurrency(true)
            .Duplicate(a => a.OpenHardwareId, configure: i => { i.IsUnique = true; i.Name = UniqueOpenAssignment; });

        options.DuplicateWithoutIndex<SoftwareLicense>(l => l.ProductName, l => l.Vendor, l => l.Model, l => l.ExpiresOn, l => l.CreatedAt);
        options.Schema.For<SoftwareLicense>()
            .DocumentAlias("software_license")
            .UseOptimisticConcurrency(true);

        options.Schema.For<LicenseSeat>()
            .DocumentAlias("license_seat")
            .UseOptimisticConcurrency(true)
            .Duplicate(s => s.ActiveHolderKey, configure: i => { i.IsUnique = true; i.Name = UniqueActiveSeat; })
            .Duplicate(s => s.LicenseId)
            .Duplicate(s => s.UserId)
            .Duplicate(s => s.HardwareId)
            .Duplicate(s => s.IsActive)
            .Duplicate(s => s.AssignedAt);

        options.Schema.For<SentReminder>().DocumentAlias("sent_reminder");

        options.Schema.For<ProductKeyReveal>()
            .DocumentAlias("product_key_reveal")
            .Duplicate(r => r.LicenseId)
            .Duplicate(r => r.RevealedAt);

        options.Schema.For<ItMaintenanceRecord>()
            .DocumentAlias("it_maintenance_record")
            .UseOptimisticConcurrency(true)
            .Duplicate(r => r.HardwareId)
            .Duplicate(r => r.Kind)
            .Duplicate(r => r.Status)
            .Duplicate(r => r.WorkOrderId)
            .Duplicate(r => r.PerformedOn)
            .Duplicate(r => r.CreatedAt);

        // Each filter's index ends with the list's default sort and the id tie-break.
        options.Index<HardwareAsset>("ix_hardware_assigned_to", ["assigned_to", "name", "id"], "assigned_to IS NOT NULL");
        options.Index<HardwareAsset>("ix_hardware_name", ["name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_stage", ["stage", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_status", ["status", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_category", ["category", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_location", ["location", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_created_at", ["created_at", "id"]);
        options.Index<HardwareAsset>("ix_hardware_purchased_on", ["purchased_on", "id"]);
        options.Index<HardwareAsset>("ix_hardware_warranty_ends_on", ["warranty_ends_on", "id"]);
        options.Index<Assignment>("ix_assignments_hardware", ["hardware_id", "checked_out_at", "id"]);
        options.Index<Assignment>("ix_assignments_assigned_to", ["assigned_to", "checked_out_at", "id"]);
        options.Index<Assignment>("ix_assignments_checked_out_at", ["checked_out_at", "id"]);
        options.Index<Assignment>("ix_assignments_expected_return_on", ["expected_return_on", "id"]);
        options.Index<Assignment>("ix_assignments_overdue", ["open_due_on", "id"]);
        options.Index<SoftwareLicense>("ix_licenses_product_name", ["product_name", "id"]);
        options.Index<SoftwareLicense>("ix_licenses_vendor", ["vendor", "product_name", "id"]);
        options.Index<SoftwareLicense>("ix_licenses_model", ["model", "product_name", "id"]);
        options.Index<SoftwareLicense>("ix_licenses_expires_on", ["expires_on", "id"]);
        options.Index<SoftwareLicense>("ix_licenses_created_at", ["created_at", "id"]);
        options.Index<LicenseSeat>("ix_license_seats_license", ["license_id", "assigned_at", "id"]);
        options.Index<LicenseSeat>("ix_license_seats_user", ["user_id", "is_active", "assigned_at", "id"]);
        options.Index<LicenseSeat>("ix_license_seats_hardware", ["hardware_id", "assigned_at", "id"]);
        options.Index<ItMaintenanceRecord>("ix_it_maintenance_hardware", ["hardware_id", "created_at", "id"]);
        options.Index<ItMaintenanceRecord>("ix_it_maintenance_kind", ["kind", "created_at", "id"]);
        options.Index<ItMaintenanceRecord>("ix_it_maintenance_status", ["status", "created_at", "id"]);
        options.Index<ItMaintenanceRecord>("ix_it_maintenance_created_at", ["created_at", "id"]);
        options.Index<ItMaintenanceRecord>("ix_it_maintenance_performed_on", ["performed_on", "id"]);
        options.Index<ProductKeyReveal>("ix_product_key_reveals_license", ["license_id", "revealed_at", "id"]);
    }
}
