using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListUserAccess;

internal sealed class ListUserAccessValidator : PagingValidator<ListUserAccessQuery>;
