using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
using Marten.Schema;
using OpsPlatform.Modules.ItAssets.Hardware;

namespace OpsPlatform.Modules.ItAssets.Persistence;

/// <summary>The module's documents and the indexes behind every filter and sort the API offers.</summary>
internal static class ItAssetsStoreSetup
{
    public const string UniqueAssetTag = "ux_hardware_asset_tag";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueAssetTag] = ["assetTag"],
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<HardwareAsset>()
            .DocumentAlias("hardware")
            .UseOptimisticConcurrency(true)
            .Duplicate(h => h.AssetTag, configure: i => { i.IsUnique = true; i.Name = UniqueAssetTag; })
            .Duplicate(h => h.Name)
            .Duplicate(h => h.Status)
            .Duplicate(h => h.Category)
            .Duplicate(h => h.AssignedTo)
            .Duplicate(h => h.CreatedAt)
            .Duplicate(h => h.WarrantyEndsOn);
        // Each filter's index ends with the list's sort and the id tie-break.
        options.Index<HardwareAsset>("ix_hardware_assigned_to", ["assigned_to", "name", "id"], "assigned_to IS NOT NULL");
        options.Index<HardwareAsset>("ix_hardware_name", ["name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_status", ["status", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_category", ["category", "name", "id"]);
        options.Index<HardwareAsset>("ix_hardware_created_at", ["created_at", "id"]);
        options.Index<HardwareAsset>("ix_hardware_warranty_ends_on", ["warranty_ends_on", "id"]);
    }
}
