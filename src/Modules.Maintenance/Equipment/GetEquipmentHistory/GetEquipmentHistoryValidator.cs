using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

internal sealed class GetEquipmentHistoryValidator : AbstractValidator<GetEquipmentHistoryQuery>
{
    public GetEquipmentHistoryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
    }
}
