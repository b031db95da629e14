using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal sealed class ListEquipmentValidator : PagedQueryValidator<ListEquipmentQuery, Equipment>
{
    public ListEquipmentValidator() : base(EquipmentSortFields.All)
    {
        RuleFor(q => q.Type).MaximumLength(100);
        RuleFor(q => q.Location).MaximumLength(200);
    }
}
