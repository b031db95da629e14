using System.Text.Json;

namespace OpsPlatform.Admin.Api;

/// <summary>
/// One page of a list. Reads both list contracts: <c>{items, page, pageSize, hasMore}</c> (totals only when asked with
/// <c>count=true</c>) and the earlier <c>{items, page, pageSize, totalItems, totalPages, hasNext}</c>.
/// </summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, bool HasMore, long? TotalItems)
{
    public bool HasPrevious => Page > 1;

    public static PageOf<T> Read(JsonElement body)
    {
        var items = body.GetProperty("items").Deserialize<List<T>>(ApiJson.Options) ?? [];
        var page = Int(body, "page") ?? 1;
        var pageSize = Int(body, "pageSize") ?? items.Count;
        long? total = body.TryGetProperty("totalItems", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt64() : null;
        var hasMore = Bool(body, "hasMore") ?? Bool(body, "hasNext") ?? (total is { } n && (long)page * pageSize < n);
        return new PageOf<T>(items, page, pageSize, hasMore, total);
    }

    private static int? Int(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static bool? Bool(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
}
