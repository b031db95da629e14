using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.RestockSupplyItem;

internal sealed record RestockSupplyItemCommand(decimal? Quantity) : ICommand<StockLevel>
{
    [JsonIgnore] public Guid Id { get; init; }
}
