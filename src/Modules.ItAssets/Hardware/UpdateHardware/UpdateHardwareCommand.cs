using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.UpdateHardware;

/// <summary>Replaces the descriptive fields (not stage, status or holder). <see cref="Version"/> is the version the caller read.</summary>
internal sealed record UpdateHardwareCommand(
    string AssetTag,
    string Name,
    string? Model,
    string? Manufacturer,
    HardwareCategory? Category,
    string? SerialNumber,
    string? Location,
    DateOnly? PurchasedOn,
    decimal? PurchaseCost,
    string? Supplier,
    DateOnly? WarrantyEndsOn,
    string? Notes,
    int? Version) : ICommand<HardwareDetails>, IHardwareInput
{
    [JsonIgnore] public Guid Id { get; init; }
}
