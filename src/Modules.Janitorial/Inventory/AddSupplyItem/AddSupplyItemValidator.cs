using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;

internal sealed class AddSupplyItemValidator : SupplyItemFieldsValidator<AddSupplyItemCommand>
{
    public AddSupplyItemValidator()
    {
        RuleFor(c => c.SiteId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.QuantityOnHand).NotNull().InclusiveBetween(0, MaxQuantity).PrecisionScale(12, 2, true);
    }
}
