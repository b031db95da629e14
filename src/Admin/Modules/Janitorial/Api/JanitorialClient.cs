using System.Net.Http.Headers;
using System.Net.Http.Json;
using OpsPlatform.Admin.Api;

namespace OpsPlatform.Admin.Modules.Janitorial.Api;

/// <summary>The janitorial API (<c>/api/janitorial</c>), typed, as the signed-in user. Sends only documented parameters.</summary>
public sealed class JanitorialClient(ApiClient api)
{
    private const string Root = "/api/janitorial";
    private const int MaxPageSize = 100;

    public Task<PageOf<SiteSummary>> ListSitesAsync(ServiceLevel? serviceLevel, bool? active, int page, CancellationToken ct = default) =>
        api.GetPageAsync<SiteSummary>(Query.Path($"{Root}/sites", ("serviceLevel", serviceLevel), ("active", active), ("page", page), ("pageSize", 20)), ct);

    /// <summary>Every site the user may see (for names and pickers), up to a few hundred.</summary>
    public Task<List<SiteSummary>> AllSitesAsync(CancellationToken ct = default) =>
        AllPagesAsync<SiteSummary>(page => Query.Path($"{Root}/sites", ("page", page), ("pageSize", MaxPageSize)), ct);

    public Task<SiteDetails> GetSiteAsync(Guid id, CancellationToken ct = default) => api.GetAsync<SiteDetails>($"{Root}/sites/{id}", ct);

    public Task<Scorecard> GetScorecardAsync(Guid siteId, CancellationToken ct = default) => api.GetAsync<Scorecard>($"{Root}/sites/{siteId}/scorecard", ct);

    public Task<List<Cleaning>> CleaningsAsync(DateOnly from, DateOnly to, Guid? siteId = null, CancellationToken ct = default) =>
        AllPagesAsync<Cleaning>(page => Query.Path($"{Root}/schedules",
            ("siteId", siteId), ("from", from.ToString("yyyy-MM-dd")), ("to", to.ToString("yyyy-MM-dd")), ("page", page), ("pageSize", MaxPageSize)), ct);

    public Task<object> ChangeCleaningStatusAsync(Guid id, CleaningStatus status, CancellationToken ct = default) =>
        api.PostAsync<object>($"{Root}/schedules/{id}/status", new { status }, ct);

    public Task<PageOf<SupplyItem>> ListSupplyItemsAsync(Guid? siteId, bool lowStockOnly, int page, CancellationToken ct = default) =>
        api.GetPageAsync<SupplyItem>(Query.Path($"{Root}/inventory",
            ("siteId", siteId), ("lowStockOnly", lowStockOnly ? (object)true : null), ("page", page), ("pageSize", 50)), ct);

    public Task<StockLevel> ConsumeAsync(Guid itemId, decimal? quantity, CancellationToken ct = default) =>
        api.PostAsync<StockLevel>($"{Root}/inventory/{itemId}/consume", new { quantity }, ct);

    public Task<StockLevel> RestockAsync(Guid itemId, decimal? quantity, CancellationToken ct = default) =>
        api.PostAsync<StockLevel>($"{Root}/inventory/{itemId}/restock", new { quantity }, ct);

    public Task<PageOf<InspectionSummary>> ListInspectionsAsync(Guid? siteId, bool? passed, int page, int pageSize = 20, CancellationToken ct = default) =>
        api.GetPageAsync<InspectionSummary>(Query.Path($"{Root}/inspections", ("siteId", siteId), ("passed", passed), ("page", page), ("pageSize", pageSize)), ct);

    public Task<InspectionDetails> GetInspectionAsync(Guid id, CancellationToken ct = default) => api.GetAsync<InspectionDetails>($"{Root}/inspections/{id}", ct);

    public Task<InspectionDetails> RecordInspectionAsync(InspectionDraft draft, CancellationToken ct = default) =>
        api.PostAsync<InspectionDetails>($"{Root}/inspections", draft, ct);

    /// <summary>A correction of the version the user read: a newer one on the server is a 409.</summary>
    public Task<InspectionDetails> CorrectInspectionAsync(
        Guid id, Guid? scheduleId, DateOnly? inspectionDate, int? score, string findings, string? correctiveActions, string? photoUrl, int version, CancellationToken ct = default) =>
        api.PutAsync<InspectionDetails>($"{Root}/inspections/{id}", new { scheduleId, inspectionDate, score, findings, correctiveActions, photoUrl, version }, ct);

    public Task<PageOf<InspectionPhoto>> ListPhotosAsync(Guid inspectionId, CancellationToken ct = default) =>
        api.GetPageAsync<InspectionPhoto>(Query.Path($"{Root}/inspections/{inspectionId}/photos", ("pageSize", MaxPageSize)), ct);

    /// <summary>Uploads as multipart part <c>file</c>; the bytes are held so a refreshed token can send them again.</summary>
    public async Task<InspectionPhoto> AddPhotoAsync(Guid inspectionId, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        using var response = await api.OpenAsync(() =>
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return new HttpRequestMessage(HttpMethod.Post, $"{Root}/inspections/{inspectionId}/photos")
            {
                Content = new MultipartFormDataContent { { file, "file", fileName } },
            };
        }, ct);
        return (await response.Content.ReadFromJsonAsync<InspectionPhoto>(ApiJson.Options, ct))!;
    }

    public async Task<byte[]> DownloadAsync(string contentUrl, CancellationToken ct = default)
    {
        using var response = await api.OpenAsync(() => new HttpRequestMessage(HttpMethod.Get, contentUrl), ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    public async Task RemovePhotoAsync(Guid inspectionId, Guid photoId, CancellationToken ct = default)
    {
        using var _ = await api.OpenAsync(() => new HttpRequestMessage(HttpMethod.Delete, $"{Root}/inspections/{inspectionId}/photos/{photoId}"), ct);
    }

    private async Task<List<T>> AllPagesAsync<T>(Func<int, string> path, CancellationToken ct, int maxPages = 10)
    {
        var all = new List<T>();
        for (var page = 1; page <= maxPages; page++)
        {
            var batch = await api.GetPageAsync<T>(path(page), ct);
            all.AddRange(batch.Items);
            if (!batch.HasMore) break;
        }
        return all;
    }
}
