namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>Where a piece of hardware is in its life: ordered → in stock → deployed → in repair → retired → disposed.</summary>
internal enum LifecycleStage
{
    Ordered,
    InStock,
    Deployed,
    InRepair,
    Retired,
    Disposed,
}
