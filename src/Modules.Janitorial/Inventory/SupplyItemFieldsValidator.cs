using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>Shape rules for a supply item's fields, shared by add and update.</summary>
internal abstract class SupplyItemFieldsValidator<T> : AbstractValidator<T> where T : ISupplyItemFields
{
    public const decimal MaxQuantity = 1_000_000m;

    protected SupplyItemFieldsValidator()
    {
        RuleFor(c => c.ItemName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Sku).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Category).NotEmpty().MaximumLength(100);
        RuleFor(c => c.ReorderLevel).NotNull().InclusiveBetween(0, MaxQuantity).PrecisionScale(12, 2, true);
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(32);
        RuleFor(c => c.UnitCost).InclusiveBetween(0, MaxQuantity).PrecisionScale(12, 2, true);
    }
}
