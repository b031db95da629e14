using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware;

internal static class HardwareEvents
{
    public const string Details = "details";
    public const string Stage = "stage";
    public const string Status = "status";
    public const string Deleted = "deleted";

    public static void PublishChanged(this ItAssetsSession db, HardwareAsset asset, string change, Guid by, DateTimeOffset now) =>
        db.Publish(new HardwareChanged(Guid.CreateVersion7(now), now, asset.Id, asset.AssetTag, change, EnumText<LifecycleStage>.ToText(asset.Stage),
            EnumText<HardwareStatus>.ToText(asset.Status), by, asset.AssignedTo is { } holder ? [holder] : []));
}
