using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;

internal sealed record ConsumeSupplyItemCommand(decimal? Quantity) : ICommand<StockLevel>
{
    [JsonIgnore] public Guid Id { get; init; }
}
