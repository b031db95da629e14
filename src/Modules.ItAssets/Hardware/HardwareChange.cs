namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>One entry of a hardware asset's history: what changed (stage, status, holder), from what to what, who did it and when.</summary>
internal sealed record HardwareChange(HardwareChangeKind Kind, string? From, string? To, Guid By, DateTimeOffset At, string? Note);
