using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.StatusUpdates.ListStatusUpdates;

internal sealed class ListStatusUpdatesValidator : PagingValidator<ListStatusUpdatesQuery>;
