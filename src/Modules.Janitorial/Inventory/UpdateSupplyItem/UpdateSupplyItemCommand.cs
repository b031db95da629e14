using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;

/// <summary>Changes an item's description and reorder level; the quantity moves only by restock and consume.</summary>
internal sealed record UpdateSupplyItemCommand(
    string ItemName, string Sku, string Category, decimal? ReorderLevel, string Unit, decimal? UnitCost, int? Version)
    : ICommand<SupplyItemDetails>, ISupplyItemFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
