using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

internal static class DocumentSortFields
{
    public static readonly SortFields<ProjectDocument> All = new SortFields<ProjectDocument>("title")
        .Add("title", d => d.Title)
        .Add("createdAt", d => d.CreatedAt);
}
