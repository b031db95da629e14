using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

/// <summary><see cref="Version"/> is the version the caller read; a newer one on the server means 409.</summary>
internal sealed record UpdateEquipmentCommand(
    string Name, string Type, string SerialNumber, string Location, EquipmentStatus? Status, int? Version, Guid? SiteId = null) : ICommand<EquipmentDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
