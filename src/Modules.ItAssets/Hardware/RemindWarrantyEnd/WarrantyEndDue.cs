using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;

/// <summary>A hardware asset's reminder <see cref="DaysBefore"/> its warranty ends is due: a durable scheduled message this module sends itself.</summary>
[IntegrationEvent("it-assets.warranty-end-due", 1)]
public sealed record WarrantyEndDue(Guid EventId, DateTimeOffset OccurredAt, Guid HardwareId, DateOnly WarrantyEndsOn, int DaysBefore) : IIntegrationEvent;
