using FluentValidation;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

internal sealed class ListHardwareValidator : PagedQueryValidator<ListHardwareQuery, HardwareAsset>
{
    public ListHardwareValidator() : base(HardwareSortFields.All) => RuleFor(q => q.Q).MaximumLength(200);
}
