using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

internal sealed class ListInspectionPhotosValidator : AbstractValidator<ListInspectionPhotosQuery>
{
    public ListInspectionPhotosValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("'page' starts at 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage($"'pageSize' must be between 1 and {Paging.MaxPageSize}.");
    }
}
