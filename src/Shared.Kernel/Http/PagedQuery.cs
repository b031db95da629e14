namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// What every list query accepts: a 1-based page, a page size up to <see cref="Paging.MaxPageSize"/>, a sort, and
/// <c>count=true</c> for the exact total.
/// </summary>
public interface IPagedQuery
{
    int? Page { get; }
    int? PageSize { get; }

    /// <summary>Comma-separated fields from the list's allow-list; a leading '-' sorts descending (e.g. "-createdAt,name").</summary>
    string? Sort { get; }

    /// <summary>True to get <c>totalItems</c> and <c>totalPages</c>; off by default, as the count is the costly part.</summary>
    bool? Count { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int PageOf(this IPagedQuery query) => query.Page ?? 1;
    public static int SizeOf(this IPagedQuery query) => query.PageSize ?? DefaultPageSize;
    public static bool CountOf(this IPagedQuery query) => query.Count ?? false;
}
