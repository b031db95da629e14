using FluentValidation;
using OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

internal sealed class ListReorderItemsValidator : PagedQueryValidator<ListReorderItemsQuery, SupplyItem>
{
    public ListReorderItemsValidator() : base(SupplyItemSortFields.All)
    {
        RuleFor(q => q.Category).MaximumLength(100);
    }
}
