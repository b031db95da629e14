using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal sealed class ListSupplyItemsValidator : PagedQueryValidator<ListSupplyItemsQuery, SupplyItem>
{
    public ListSupplyItemsValidator() : base(SupplyItemSortFields.All)
    {
        RuleFor(q => q.Category).MaximumLength(100);
    }
}
