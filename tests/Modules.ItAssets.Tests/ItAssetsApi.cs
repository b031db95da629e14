using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsPlatform.Modules.ItAssets.Tests;

/// <summary>Request builders and small arrangements shared by the IT assets tests, all through the HTTP API.</summary>
internal static class ItAssetsApi
{
    public const string HardwareRoute = "/api/it-assets/hardware";
    public const string AssignmentsRoute = "/api/it-assets/assignments";
    public const string LicensesRoute = "/api/it-assets/licenses";

    public static object NewHardware(string tag, string? serial = null, string category = "laptop", string? location = "HQ", string? stage = null,
        string? warrantyEndsOn = "2028-01-10") => new
    {
        assetTag = tag, name = "ThinkPad T14", model = "T14 Gen 4", manufacturer = "Lenovo", category, serialNumber = serial ?? $"SN-{tag}",
        location, purchasedOn = "2025-01-10", purchaseCost = 1450.50m, supplier = "Acme", warrantyEndsOn, notes = "16 GB", stage,
    };

    public static async Task<JsonElement> RegisterHardwareAsync(this HttpClient manager, string? tag = null, string? location = "HQ", string category = "laptop",
        string? warrantyEndsOn = "2028-01-10") =>
        await (await manager.PostAsJsonAsync(HardwareRoute, NewHardware(tag ?? Tag(), location: location, category: category, warrantyEndsOn: warrantyEndsOn)))
            .ShouldHaveStatus(HttpStatusCode.Created);

    public static async Task<Guid> RegisterHardwareIdAsync(this HttpClient manager, string? tag = null) =>
        (await manager.RegisterHardwareAsync(tag)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> CheckOutAsync(this HttpClient manager, Guid hardwareId, Guid? user, string? location = null, string? expectedReturnOn = null) =>
        manager.PostAsJsonAsync($"{HardwareRoute}/{hardwareId}/check-out", new { assignedTo = user, location, expectedReturnOn, note = "Hand-out" });

    public static Task<HttpResponseMessage> CheckInAsync(this HttpClient manager, Guid hardwareId) =>
        manager.PostAsJsonAsync($"{HardwareRoute}/{hardwareId}/check-in", new { note = "Returned" });

    public static object NewLicense(string product = "Office 365", string model = "per_seat", int? seats = 5, string? key = "ABCDE-12345-FGHIJ-67890",
        string? expiresOn = null, string? billingPeriod = null) => new
    {
        productName = product, vendor = "Microsoft", productKey = key, model, billingPeriod, seatsOwned = seats, costPerSeat = 12.50m,
        purchasedOn = "2025-01-01", expiresOn = expiresOn ?? "2030-01-01", notes = "E3",
    };

    public static async Task<JsonElement> CreateLicenseAsync(this HttpClient manager, object? license = null) =>
        await (await manager.PostAsJsonAsync(LicensesRoute, license ?? NewLicense())).ShouldHaveStatus(HttpStatusCode.Created);

    public static async Task<Guid> CreateLicenseIdAsync(this HttpClient manager, object? license = null) =>
        (await manager.CreateLicenseAsync(license)).GetProperty("id").GetGuid();

    public static Task<HttpResponseMessage> AssignSeatAsync(this HttpClient manager, Guid license, Guid? user, Guid? hardware = null) =>
        manager.PostAsJsonAsync($"{LicensesRoute}/{license}/seats", new { userId = user, hardwareId = hardware });

    public static string Tag() => $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();

    public static string Today(int plusDays = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(plusDays).ToString("yyyy-MM-dd");

    public static string[] Strings(this JsonElement page, string property) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!).ToArray();
}
