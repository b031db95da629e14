using MudBlazor;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Modules.ItAssets.Api;

namespace OpsPlatform.Admin.Modules.ItAssets;

/// <summary>What people read instead of the API's words (<c>in_stock</c> → "In stock"), and the colours.</summary>
public static class Labels
{
    public static string Of(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Ordered => "Ordered",
        LifecycleStage.InStock => "In stock",
        LifecycleStage.Deployed => "Deployed",
        LifecycleStage.InRepair => "In repair",
        LifecycleStage.Retired => "Retired",
        LifecycleStage.Disposed => "Disposed",
        _ => stage.ToString(),
    };

    public static string Of(HardwareStatus status) => status switch
    {
        HardwareStatus.Ready => "Ready",
        HardwareStatus.Pending => "Pending",
        HardwareStatus.Broken => "Broken",
        HardwareStatus.Lost => "Lost",
        _ => status.ToString(),
    };

    public static string Of(HardwareCategory category) => category switch
    {
        HardwareCategory.Network => "Network gear",
        _ => category.ToString(),
    };

    public static string Of(LicenseModel model) => model switch
    {
        LicenseModel.PerSeat => "Per seat",
        LicenseModel.PerSite => "Per site",
        LicenseModel.Unlimited => "Unlimited",
        LicenseModel.Subscription => "Subscription",
        _ => model.ToString(),
    };

    public static string Of(MaintenanceKind kind) => kind.ToString();

    public static string Of(MaintenanceRecordStatus status) => status switch
    {
        MaintenanceRecordStatus.Done => "Done",
        MaintenanceRecordStatus.RepairRequested => "Repair requested",
        _ => status.ToString(),
    };

    /// <summary>The button that moves hardware to <paramref name="stage"/>.</summary>
    public static string MoveTo(LifecycleStage stage) => stage switch
    {
        LifecycleStage.InStock => "Put in stock",
        LifecycleStage.Deployed => "Back to its holder",
        LifecycleStage.InRepair => "Send to repair",
        LifecycleStage.Retired => "Retire",
        LifecycleStage.Disposed => "Dispose of",
        _ => Of(stage),
    };

    /// <summary>A history entry in words: "In stock → Deployed", "Checked out".</summary>
    public static string Of(HardwareChange change) => change.Kind switch
    {
        HardwareChangeKind.Registered => $"Registered{(ApiWords.Parse<LifecycleStage>(change.To) is { } s ? $" as {Of(s).ToLowerInvariant()}" : "")}",
        HardwareChangeKind.StageChanged => $"{StageWord(change.From)} → {StageWord(change.To)}",
        HardwareChangeKind.StatusChanged => $"Status {StatusWord(change.From).ToLowerInvariant()} → {StatusWord(change.To).ToLowerInvariant()}",
        HardwareChangeKind.CheckedOut => "Checked out",
        HardwareChangeKind.CheckedIn => "Checked in",
        _ => change.Kind.ToString(),
    };

    public static Color ColorOf(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Ordered => Color.Default,
        LifecycleStage.InStock => Color.Info,
        LifecycleStage.Deployed => Color.Primary,
        LifecycleStage.InRepair => Color.Warning,
        LifecycleStage.Retired => Color.Secondary,
        LifecycleStage.Disposed => Color.Dark,
        _ => Color.Default,
    };

    public static Color ColorOf(HardwareStatus status) => status switch
    {
        HardwareStatus.Ready => Color.Success,
        HardwareStatus.Pending => Color.Info,
        HardwareStatus.Broken => Color.Error,
        HardwareStatus.Lost => Color.Error,
        _ => Color.Default,
    };

    private static string StageWord(string? word) => ApiWords.Parse<LifecycleStage>(word) is { } s ? Of(s) : word ?? "—";

    private static string StatusWord(string? word) => ApiWords.Parse<HardwareStatus>(word) is { } s ? Of(s) : word ?? "—";
}
