using Microsoft.EntityFrameworkCore;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// The only provider-specific calls paging makes. EF Core today; Marten's IQueryable runs through its own
/// ToListAsync/CountLongAsync, so moving a list to Marten changes these two lines, not the lists.
/// </summary>
internal static class QueryRunner
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        await query.ToListAsync(cancellationToken);

    public static Task<long> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.LongCountAsync(cancellationToken);
}
