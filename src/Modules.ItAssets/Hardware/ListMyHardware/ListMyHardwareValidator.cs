using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;

internal sealed class ListMyHardwareValidator : PagedQueryValidator<ListMyHardwareQuery, HardwareAsset>
{
    public ListMyHardwareValidator() : base(HardwareSortFields.All) { }
}
