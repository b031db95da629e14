namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>What every list query accepts: a 1-based page, a page size up to <see cref="Paging.MaxPageSize"/>, and a sort.</summary>
public interface IPagedQuery
{
    int? Page { get; }
    int? PageSize { get; }

    /// <summary>Comma-separated fields from the list's allow-list; a leading '-' sorts descending (e.g. "-createdAt,name").</summary>
    string? Sort { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int PageOf(this IPagedQuery query) => query.Page ?? 1;
    public static int SizeOf(this IPagedQuery query) => query.PageSize ?? DefaultPageSize;
}
