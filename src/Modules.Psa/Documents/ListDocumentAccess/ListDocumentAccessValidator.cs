using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListDocumentAccess;

internal sealed class ListDocumentAccessValidator : PagingValidator<ListDocumentAccessQuery>;
