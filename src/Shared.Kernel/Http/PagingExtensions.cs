namespace OpsPlatform.Shared.Kernel.Http;

public static class PagingExtensions
{
    /// <summary>
    /// Reads one page of the already-ordered query plus one row, which tells whether there is a next page. The total
    /// is counted only on <c>count=true</c>, and even then not when the page itself tells it (the last page, read
    /// from its first row on). For a module's Marten query (<see cref="QueryRunner"/>).
    /// </summary>
    public static Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, IPagedQuery query, CancellationToken cancellationToken) where T : notnull =>
        ordered.ToPagedAsync(query, QueryRunner.ListAsync, QueryRunner.CountAsync, cancellationToken);

    /// <summary>The same paging on another provider (Identity's EF queries in the host): its list and count calls.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, IPagedQuery query,
        Func<IQueryable<T>, CancellationToken, Task<IReadOnlyList<T>>> listAsync, Func<IQueryable<T>, CancellationToken, Task<long>> countAsync,
        CancellationToken cancellationToken) where T : notnull
    {
        var page = query.PageOf();
        var size = query.SizeOf();
        var skipped = (page - 1) * (long)size;
        var rows = skipped > int.MaxValue
            ? []
            : await listAsync(ordered.Skip((int)skipped).Take(size + 1), cancellationToken);
        var hasMore = rows.Count > size;
        var items = hasMore ? rows.Take(size).ToList() : rows;
        if (!query.CountOf()) return new Paged<T>(items, page, size, hasMore);

        var total = !hasMore && (items.Count > 0 || page == 1)
            ? skipped + items.Count
            : await countAsync(ordered, cancellationToken);
        return new Paged<T>(items, page, size, hasMore) { TotalItems = total };
    }
}
