using Marten;
using OpsPlatform.Modules.ItAssets.Assignments;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>The module's documents, their unique indexes (named in a duplicate's 409) and the indexes behind every filter and sort the API offers.</summary>
internal static class ItAssetsStoreSetup
{
    public const string UniqueAssetTag = "ux_hardware_asset_tag";
    public const string UniqueSerialNumber = "ux_hardware_serial_number";
    public const string UniqueOpenAssignment = "ux_assignments_open_hardware";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueAssetTag] = ["assetTag"],
        [UniqueSerialNumber] = ["serialNumber"],
        [UniqueOpenAssignment] = ["hardwareId"],
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<HardwareAsset>()
            .DocumentAlias("hardware")
            .UseOptimisticConcurrency(true)
            .Duplicate(h => h.AssetTag, configure: i => { i.IsUnique = true; i.Name = UniqueAssetTag; })
            .Duplicate(h => h.SerialNumber, configure: i => { i.IsUnique = true; i.Name = UniqueSerialNumber; })
            .Duplicate(h => h.Name)
            .Duplicate(h => h.Stage)
            .Duplicate(h => h.Status)
            .Duplicate(h => h.Category)
            .Duplicate(h => h.Location)
            .Duplicate(h => h.AssignedTo)
            .Duplicate(h => h.CreatedAt)
            .Duplicate(h => h.PurchasedOn)
            .Duplicate(h => h.WarrantyEndsOn);

        options.Schema.For<Assignment>()
            .DocumentAlias("assignment")
            .UseOptimisticConcurrency(true)
            .Duplicate(a => a.OpenHardwareId, configure: i => { i.IsUnique = true; i.Name = UniqueOpenAssignment; })
            .Duplicate(a => a.HardwareId)
            .Duplicate(a => a.AssignedTo)
            .Duplicate(a => a.CheckedOutAt)
            .Duplicate(a => a.ExpectedReturnOn)
            .Duplicate(a => a.OpenDueOn);

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
    }
}
