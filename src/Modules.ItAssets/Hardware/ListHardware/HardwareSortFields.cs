using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal static class HardwareSortFields
{
    public static readonly SortFields<HardwareAsset> All = new SortFields<HardwareAsset>("name")
        .Add("name", h => h.Name)
        .Add("assetTag", h => h.AssetTag)
        .Add("createdAt", h => h.CreatedAt)
        .Add("purchasedOn", h => h.PurchasedOn)
        .Add("warrantyEndsOn", h => h.WarrantyEndsOn);
}
