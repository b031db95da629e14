using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>A restock or consumption moves a positive quantity with at most two decimals.</summary>
internal abstract class StockMovementValidator<T> : AbstractValidator<T>
{
    protected StockMovementValidator(System.Linq.Expressions.Expression<Func<T, decimal?>> quantity) =>
        RuleFor(quantity).NotNull().GreaterThan(0).LessThanOrEqualTo(SupplyItemFieldsValidator<ISupplyItemFields>.MaxQuantity).PrecisionScale(12, 2, true);
}
