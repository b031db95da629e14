using Marten;
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
        // Sorted lists end with the id (a tie-break), so each index carries it.
        options.Schema.For<HardwareAsset>()
            .DocumentAlias("hardware")
            .UseOptimisticConcurrency(true)
            .Duplicate(h => h.AssetTag, configure: i => { i.IsUnique = true; i.Name = UniqueAssetTag; })
            .Duplicate(h => h.Name, configure: i => i.Columns = ["name", "id"])
            .Duplicate(h => h.Status, configure: i => i.Columns = ["status", "name", "id"])
            .Duplicate(h => h.Category, configure: i => i.Columns = ["category", "name", "id"])
            .Duplicate(h => h.AssignedTo, configure: i => { i.Columns = ["assigned_to", "name", "id"]; i.Predicate = "assigned_to IS NOT NULL"; })
            .Duplicate(h => h.CreatedAt, configure: i => i.Columns = ["created_at", "id"])
            .Duplicate(h => h.WarrantyEndsOn, configure: i => i.Columns = ["warranty_ends_on", "id"]);
    }
}
