using OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal static class ProductKeyRevealSortFields
{
    public static readonly SortFields<ProductKeyReveal> All = new SortFields<ProductKeyReveal>("-revealedAt")
        .Add("revealedAt", r => r.RevealedAt);
}
