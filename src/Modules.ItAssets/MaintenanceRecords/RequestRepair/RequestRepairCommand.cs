using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RequestRepair;

internal sealed record RequestRepairCommand(string Details, string? Vendor) : ICommand<MaintenanceRecordDetails>
{
    [JsonIgnore] public Guid HardwareId { get; init; }
}
