using Marten;
using Marten.Schema;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// Composite indexes on a document's duplicated columns, e.g. <c>(status, created_at, id)</c> for a filter paired with
/// the default sort and the id tie-break. Marten 9 builds a duplicated field's own index on its column alone (columns
/// set in <c>Duplicate</c>'s configure are ignored), so the indexes the lists use are added to the mapping here.
/// </summary>
public static class DocumentIndexes
{
    public static void Index<T>(this StoreOptions options, string name, string[] columns, string? predicate = null) =>
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType == typeof(T))
                mapping.Indexes.Add(new DocumentIndex(mapping, columns) { Name = name, Predicate = predicate });
        });
}
