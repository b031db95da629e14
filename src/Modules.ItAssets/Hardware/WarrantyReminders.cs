using OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;

namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>A hardware asset's warranty reminders, keyed <c>warranty-end:{id}:{days}</c>; disposed hardware has none.</summary>
internal static class WarrantyReminders
{
    public static void RescheduleReminders(this ExpiryReminders reminders, ItAssetsSession db, HardwareAsset asset, DateTimeOffset now) =>
        reminders.Reschedule(db, $"warranty-end:{asset.Id}", asset.Stage == LifecycleStage.Disposed ? null : asset.WarrantyEndsOn, now,
            days => new WarrantyEndDue(Guid.CreateVersion7(now), now, asset.Id, asset.WarrantyEndsOn!.Value, days));
}
