using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RecordMaintenance;

/// <summary>Record maintenance already done on a hardware asset.</summary>
internal sealed record RecordMaintenanceCommand(MaintenanceKind? Kind, DateOnly? PerformedOn, string Details, decimal? Cost, string? Vendor)
    : ICommand<MaintenanceRecordDetails>
{
    [JsonIgnore] public Guid HardwareId { get; init; }
}
