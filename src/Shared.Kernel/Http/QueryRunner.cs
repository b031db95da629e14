using Marten;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>The only provider-specific calls paging makes (Marten's LINQ).</summary>
internal static class QueryRunner
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : notnull =>
        await QueryableExtensions.ToListAsync(query, cancellationToken);

    public static Task<long> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : notnull =>
        QueryableExtensions.LongCountAsync(query, cancellationToken);
}
