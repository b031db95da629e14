using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

internal sealed class ListDocumentsValidator() : PagedQueryValidator<ListDocumentsQuery, ProjectDocument>(DocumentSortFields.All);
