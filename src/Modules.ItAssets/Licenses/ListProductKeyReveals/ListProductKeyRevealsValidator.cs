using OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal sealed class ListProductKeyRevealsValidator : PagedQueryValidator<ListProductKeyRevealsQuery, ProductKeyReveal>
{
    public ListProductKeyRevealsValidator() : base(ProductKeyRevealSortFields.All) { }
}
