using System.Net;
using System.Text.Json;

namespace OpsPlatform.Modules.Maintenance.Tests.WorkOrders.Evidence;

/// <summary>The host with a 1 MB upload limit (so a 413 costs little to provoke), and the evidence routes.</summary>
public sealed class EvidenceHost : ApiFactory
{
    public const int MaxUploadBytes = 1024 * 1024;

    public EvidenceHost() => WithSetting("Files:MaxUploadBytes", MaxUploadBytes.ToString());

    /// <summary>The stored files of a work order's evidence (bytes and thumbnails), as the local store keeps them.</summary>
    public List<string> StoredFiles(Guid workOrderId)
    {
        var folder = Path.Combine(FilesRoot, "maintenance", "work-orders", workOrderId.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToList() : [];
    }
}

internal static class EvidenceApi
{
    public static string Evidence(Guid workOrderId) => $"{MaintenanceApi.WorkOrders}/{workOrderId}/evidence";

    public static Task<HttpResponseMessage> AddPhoto(this HttpClient http, Guid workOrderId, byte[] bytes, string name = "after.jpg") =>
        http.PostAsync($"{Evidence(workOrderId)}/photos", TestFiles.Multipart(bytes, name));

    public static Task<HttpResponseMessage> Sign(this HttpClient http, Guid workOrderId, byte[] bytes, string name = "signature.png") =>
        http.PutAsync($"{Evidence(workOrderId)}/signature", TestFiles.Multipart(bytes, name));

    public static async Task<JsonElement> ShouldBeCreatedEvidence(this Task<HttpResponseMessage> response) =>
        await (await response).ShouldHaveStatus(HttpStatusCode.Created);

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    /// <summary>Moves the crew's assigned work order to completed, as its technician does.</summary>
    public static async Task CompleteAsync(this Crew crew, Guid workOrderId)
    {
        await (await crew.Technician.Http.ChangeStatus(workOrderId, "in_progress")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await crew.Technician.Http.ChangeStatus(workOrderId, "completed")).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
