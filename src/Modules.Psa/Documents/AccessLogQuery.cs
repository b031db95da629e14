using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents;

internal static class AccessLogQuery
{
    /// <summary>Newest first, the id breaking ties; every access-log list reads its filter's index in this order.</summary>
    public static async Task<Paged<DocumentAccessDetails>> NewestFirstAsync(this IQueryable<DocumentAccessEntry> entries, IPagedQuery query,
        CancellationToken cancellationToken) =>
        (await entries.OrderByDescending(e => e.AccessedAt).ThenByDescending(e => e.Id).ToPagedAsync(query, cancellationToken))
        .Select(DocumentAccessDetails.From);
}
