using FluentValidation;

namespace OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;

internal sealed class UpdateSupplyItemValidator : SupplyItemFieldsValidator<UpdateSupplyItemCommand>
{
    public UpdateSupplyItemValidator()
    {
        RuleFor(c => c.Version).NotNull().WithMessage("'version' is required: send the version you read, so a concurrent change is not overwritten.");
    }
}
